#!/usr/bin/env bash
# Start-up benchmark: the time from process start (just before the JVM is started) to the first 200 of
# the seed page /kommun/bengtsfors/medborgarlofte/2019, polled with curl every 20 ms, beside a plain
# Spring Boot web application with one page (bench/plain-app, the same Spring Boot version) started the
# same ways. Each is measured in Spring's regular mode without any cache, and in Spring's AOT mode with the
# JDK's AOT cache (bench/aot-cache.sh); Löfte also in the steps between. RUNS times (default 5), the
# variants alternating within each round so that the machine's load falls on all alike. Prints the median,
# min and max of each. See docs/performance.md, "Start-up".
#
#   ./mvnw -B -q -Paot package -DskipTests && bench/startup-bench.sh
#
# Löfte runs on a fresh H2 database each time ("fresh": migrations, first administrator and demo data at
# every start) and on one database that already holds them ("restart"); both in temporary directories,
# never ./data. The first answer other than "connection refused" is counted too: it must be 200, never
# a 404 of a seed page not yet loaded.
#
# Variants: lofte-jar-fresh (java -jar on the Boot jar, regular mode), lofte-fresh and lofte-restart (the
# extracted jar, regular mode), lofte-restart-jdkaot (regular mode, JDK AOT cache), lofte-restart-springaot
# (Spring's AOT mode, no cache), lofte-fresh-aot and lofte-restart-aot (Spring's AOT mode and the JDK AOT
# cache: the fast start), plain and plain-aot (the peer without either, with both).
#
# RUNS, VARIANTS (a subset of the names above), JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64),
# PORT (default 18100). SKIP_CACHE=1 uses the AOT caches already built (they must match the jars). JAVA_OPTS:
# options for Löfte's runs and its training runs.
set -euo pipefail
# Löfte needs its public address to start; links in mails are not followed here.
export LOFTE_BASE_URL=${LOFTE_BASE_URL:-http://localhost:8080}
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
port=${PORT:-18100}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java_bin=$JAVA_HOME/bin/java
all_variants="lofte-jar-fresh lofte-fresh lofte-fresh-aot lofte-restart lofte-restart-jdkaot lofte-restart-springaot lofte-restart-aot plain plain-aot"
variants=${VARIANTS:-$all_variants}

fat=$(ls target/lofte-*.jar | head -n 1)
[ -f "$fat" ] || { echo "Build first: ./mvnw -B -q -Paot package -DskipTests" >&2; exit 1; }
unzip -Z1 "$fat" BOOT-INF/classes/se/lofte/Lofte__ApplicationContextInitializer.class >/dev/null 2>&1 ||
  { echo "$fat was built without Spring's AOT processing: ./mvnw -B -q -Paot package -DskipTests" >&2; exit 1; }
echo "Building the peer (bench/plain-app)"
./mvnw -B -q -f bench/plain-app/pom.xml package -DskipTests
if [ -z "${SKIP_CACHE:-}" ]; then
  # Training runs use another port than the measured runs.
  PORT=$((port + 9)) bench/aot-cache.sh lofte
  PORT=$((port + 9)) SPRING_AOT=off bench/aot-cache.sh lofte
  PORT=$((port + 9)) JAVA_OPTS= bench/aot-cache.sh plain
fi
lofte_jar=target/lofte/$(basename "$fat")
lofte_regular_jar=target/lofte-regular/$(basename "$fat")
plain_jar=$(ls bench/plain-app/target/plain/plain-app-*.jar)

source bench/restarts.sh

# Starts one variant, polls until the page answers 200, stops it. Sets elapsed (ms from just before the
# JVM's start to the first 200) and first (the first HTTP status it answered).
measure() {
  local variant=$1 db jar url cache=() args=() opts=()
  case "$variant" in
    lofte-jar-fresh|lofte-fresh*)
      db=$work/fresh-$RANDOM$RANDOM; mkdir -p "$db" ;;
    lofte-restart*)
      db=$work/existing ;;
  esac
  case "$variant" in
    lofte-jar-fresh) jar=$fat ;;
    lofte-restart-jdkaot) jar=$lofte_regular_jar ;;
    lofte-*) jar=$lofte_jar ;;
    plain*) jar=$plain_jar ;;
  esac
  case "$variant" in
    lofte-restart-jdkaot) cache=(-XX:AOTCache=target/lofte-regular.aot) ;;
    lofte-*-aot) cache=(-XX:AOTCache=target/lofte.aot) ;;
    plain-aot) cache=(-XX:AOTCache=bench/plain-app/target/plain.aot) ;;
  esac
  case "$variant" in
    lofte-*)
      url=http://127.0.0.1:$port/kommun/bengtsfors/medborgarlofte/2019
      read -r -a opts <<<"${JAVA_OPTS:-}"
      args=("--spring.datasource.url=$(h2 "$db")" --lofte.admin.password=bench-password-not-used) ;;
    plain*) url=http://127.0.0.1:$port/ ;;
  esac
  case "$variant" in
    *-aot|*-springaot) opts+=(-Dspring.aot.enabled=true) ;;
  esac
  local log=$work/$variant.log start code
  first=
  start=$(now_ms)
  "$java_bin" "${cache[@]}" -Xmx512m "${opts[@]}" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --management.server.port=0 "${args[@]}" \
    >"$log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    if [ "$code" != 000 ] && [ -z "$first" ]; then first=$code; fi
    [ "$code" = 200 ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2; echo "$variant exited before answering 200" >&2; exit 1
    fi
    sleep 0.02
  done
  elapsed=$(( $(now_ms) - start ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=
  # The JVM reports a cache it cannot use (not the one of these jars, another JDK) and runs without it.
  if grep -q '\[error *\]\[aot\]\|\[warning\]\[aot\]' "$log"; then
    echo "$variant: the AOT cache was not used:" >&2; grep '\]\[aot\]' "$log" | head -n 3 >&2
  fi
  if [[ " ${opts[*]} " == *" -Dspring.aot.enabled=true "* ]] && ! grep -q 'Starting AOT-processed' "$log"; then
    echo "$variant: did not start in Spring's AOT mode" >&2; exit 1
  fi
  if [[ $variant == *fresh* ]]; then rm -rf "$db"; fi
}

if [[ " $variants " == *" lofte-restart"* ]]; then
  echo "Preparing the database of the restart runs"
  mkdir -p "$work/existing"
  measure lofte-restart
fi

declare -A times firsts
echo "uptime before: $(uptime)"
for round in $(seq 1 "$runs"); do
  line="round $round:"
  for v in $variants; do
    measure "$v"
    times[$v]="${times[$v]:-} $elapsed"
    firsts[$v]="${firsts[$v]:-} $first"
    line="$line $v ${elapsed}ms"
  done
  echo "$line"
done
echo "uptime after:  $(uptime)"

echo
printf '%-29s %8s %8s %8s  %s\n' variant median min max "first answers"
for v in $variants; do
  sorted=$(tr ' ' '\n' <<<"${times[$v]}" | grep . | sort -n)
  n=$(wc -l <<<"$sorted")
  median=$(awk -v n="$n" '{a[NR]=$1} END { if (n % 2) print a[(n+1)/2]; else print int((a[n/2]+a[n/2+1])/2) }' <<<"$sorted")
  printf '%-29s %6.2f s %6.2f s %6.2f s  %s\n' "$v" \
    "$(awk -v x="$median" 'BEGIN{print x/1000}')" \
    "$(awk -v x="$(head -n 1 <<<"$sorted")" 'BEGIN{print x/1000}')" \
    "$(awk -v x="$(tail -n 1 <<<"$sorted")" 'BEGIN{print x/1000}')" \
    "$(tr ' ' '\n' <<<"${firsts[$v]}" | grep . | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
done
