#!/usr/bin/env bash
# Builds the JDK's ahead-of-time cache (JEP 483/514/515, JDK 25+) for the built jar, so that the JVM starts
# with the classes already loaded and linked and with method profiles from a training run.
#
#   ./mvnw -B -q -Paot package -DskipTests && bench/aot-cache.sh
#   java -XX:AOTCache=target/lofte.aot -Dspring.aot.enabled=true -Xmx512m -jar target/lofte/lofte-0.1.0-SNAPSHOT.jar
#
# A jar built with Spring's AOT processing (-Paot) is trained, and must then be run, in Spring's AOT mode
# (-Dspring.aot.enabled=true): the two modes load different classes. SPRING_AOT=off trains such a jar in the
# regular mode instead, as target/lofte-regular.aot (the start-up benchmark compares both). A jar built
# without -Paot is trained in the regular mode as target/lofte.aot.
#
# The cache works only with plain jars on the class path (not the classes nested in Spring Boot's one jar),
# so the jar is first extracted (java -Djarmode=tools ... extract) to target/lofte/: that jar, whose
# manifest names its libraries in target/lofte/lib/, is the one to run, with and without the cache. The
# cache is only valid for exactly those jars and that JDK: build it again after every package (the JVM
# warns and runs without it if they differ).
#
# The training run starts the application on a throwaway H2 database in a temporary directory (never
# ./data), asks for a few pages until the seed page answers 200, and stops it; the JVM writes the cache at
# exit. TRAINING=refresh trains on start-up only (-Dspring.context.exit=onRefresh: the JVM leaves as soon
# as the context is refreshed, before the web server starts).
#
#   bench/aot-cache.sh                 # Löfte: target/lofte/ and target/lofte.aot
#   bench/aot-cache.sh plain           # the start-up benchmark's peer: bench/plain-app/target/{plain/,plain.aot}
#
# JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), PORT for the training run (default 18109), JAVA_OPTS
# for other options the application will be run with, JAR and NAME to cache another build of Löfte as
# target/NAME/ and target/NAME.aot.
set -euo pipefail
# Löfte needs its public address to start; links in mails are not followed here.
export LOFTE_BASE_URL=${LOFTE_BASE_URL:-http://localhost:8080}
cd "$(dirname "$0")/.."

app=${1:-lofte}
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
port=${PORT:-18109}
training=${TRAINING:-requests}

case "$app" in
  lofte)
    target=$PWD/target
    fat=${JAR:-$(ls "$target"/lofte-*.jar | head -n 1)}
    initializer=se/lofte/Lofte__ApplicationContextInitializer.class
    pages=(/ /kommun/bengtsfors /kommun/bengtsfors/medborgarlofte/2019 /login /kommun/bengtsfors/medborgarlofte/2019)
    seed=/kommun/bengtsfors/medborgarlofte/2019
    ;;
  plain)
    target=$PWD/bench/plain-app/target
    fat=$(ls "$target"/plain-app-*.jar | head -n 1)
    initializer=bench/plain/PlainApp__ApplicationContextInitializer.class
    pages=(/ /)
    seed=/
    ;;
  *) echo "usage: $0 [lofte|plain]" >&2; exit 2 ;;
esac

# Spring's AOT mode when the jar holds what Spring's AOT processing generated, unless SPRING_AOT=off.
spring_aot=
if [ "${SPRING_AOT:-}" != off ] && unzip -Z1 "$fat" "BOOT-INF/classes/$initializer" >/dev/null 2>&1; then
  spring_aot=-Dspring.aot.enabled=true
fi
if [ "$app" = plain ]; then default_name=plain; else default_name=lofte; fi
[ -n "$spring_aot" ] || [ "${SPRING_AOT:-}" != off ] || default_name=$default_name-regular
name=${NAME:-$default_name}
dir=$target/$name
cache=$target/$name.aot
jar=$dir/$(basename "$fat")
rm -rf "$dir" "$cache"
"$java_bin" -Djarmode=tools -jar "$fat" extract --destination "$dir" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The options the application is run with; the cache records them, and a run with other heap settings
# may not use all of it.
options=(-Xmx512m $spring_aot ${JAVA_OPTS:-} -XX:AOTCacheOutput="$cache" -Xlog:aot=warning -Xlog:cds=warning)
app_args=(--server.port="$port" --server.address=127.0.0.1 --management.server.port=0
  "--spring.datasource.url=jdbc:h2:file:$work/db/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;DB_CLOSE_ON_EXIT=FALSE"
  --lofte.admin.password=training-run-password)

echo "Training run of $jar (in the throwaway directory $work)"
if [ "$training" = refresh ]; then
  (cd "$work" && "$java_bin" "${options[@]}" -Dspring.context.exit=onRefresh -jar "$jar" "${app_args[@]}" \
    >"$work/training.log" 2>&1) || true
else
  (cd "$work" && exec "$java_bin" "${options[@]}" -jar "$jar" "${app_args[@]}" >"$work/training.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1500); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port$seed" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ "${code:-}" != 200 ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" || true
    tail -n 40 "$work/training.log" >&2
    echo "The training run never served $seed" >&2
    exit 1
  fi
  # A few requests more, so that the profiles hold what serving a page runs, not only what starting does.
  for round in 1 2 3; do
    for page in "${pages[@]}"; do
      curl -s -o /dev/null --max-time 10 "http://127.0.0.1:$port$page" || true
    done
  done
  kill -TERM "$pid"
  wait "$pid" || true
fi
if [ ! -s "$cache" ]; then
  tail -n 40 "$work/training.log" >&2
  echo "No cache was written" >&2
  exit 1
fi
# A few classes are expected not to be archived (Spring's multi-release classes for JDK 24+, for one); the
# cache holds the rest.
skipped=$(grep -c 'cannot be archived' "$work/training.log" || true)
[ "$skipped" = 0 ] || echo "($skipped classes could not be archived; -Xlog:aot in $work/training.log names them)"
echo "Cache: $cache ($(du -h "$cache" | cut -f1)). Run with:"
echo "  $java_bin -XX:AOTCache=${cache#$PWD/} -Xmx512m ${spring_aot:+$spring_aot }${JAVA_OPTS:+$JAVA_OPTS }-jar ${jar#$PWD/}"
