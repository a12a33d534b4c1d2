#!/usr/bin/env bash
# Citizen reports under load: COUNT (default 1,000) reports posted at once through Open311 with an API token,
# each with a unique marker, some sent twice; then, in the database, every one stored exactly once. Meanwhile
# wrk reads the seed promise's public page; its p50/p99 during the load is printed beside the same page's
# figures without load, measured in the same run just before.
#
#   ./mvnw -B -q package -DskipTests && bench/citizen-reports-load.sh
#
# DATABASE=h2 (default: a new H2 file under target/bench, checked with H2's shell after the app stops) or
# DATABASE=postgresql (lofte_reports_load on 127.0.0.1:5432, user postgres, trust; dropped and created).
# COUNT, CONCURRENCY (posts at a time, default 32), RESENDS (default 100: the same submission again, half with
# the same Idempotency-Key, half without), DURATION (seconds of each wrk run, default 15), CONNECTIONS (wrk,
# default 16), PORT (default 18140). Needs wrk and curl.
#
# One client may send lofte.citizen-reports.per-client-per-hour reports an hour (default 20; a token counts as
# one client). Here every report comes through one token, so the script raises the limit for this run with
# --lofte.citizen-reports.per-client-per-hour; the limit itself is unchanged and stays on in production.
set -euo pipefail
cd "$(dirname "$0")/.."

database=${DATABASE:-h2}
count=${COUNT:-1000}
concurrency=${CONCURRENCY:-32}
resends=${RESENDS:-100}
duration=${DURATION:-15}
connections=${CONNECTIONS:-16}
port=${PORT:-18140}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java_bin=$JAVA_HOME/bin/java
jar=$(ls target/lofte-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { echo "Build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
out=$PWD/target/bench/citizen-reports-load
rm -rf "$out"; mkdir -p "$out"
base=http://127.0.0.1:$port
page=/kommun/bengtsfors/medborgarlofte/2019
password="reports-load-$RANDOM$RANDOM-password"
run="run$(date +%s)"

case "$database" in
  h2) url="jdbc:h2:file:$out/db/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128"
      user=sa ;;
  postgresql) url=jdbc:postgresql://127.0.0.1:5432/lofte_reports_load; user=postgres
      psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists lofte_reports_load with (force)" \
        -c "create database lofte_reports_load" ;;
  *) echo "DATABASE is h2 or postgresql" >&2; exit 2 ;;
esac

pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

LOFTE_BASE_URL=http://localhost:8080 "$java_bin" -Xmx512m -jar "$jar" --server.port="$port" \
  --management.server.port=0 --spring.datasource.url="$url" --spring.datasource.username="$user" \
  --lofte.admin.password="$password" --logging.level.root=WARN \
  --lofte.citizen-reports.per-client-per-hour=100000 >"$out/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  curl -s -o /dev/null -w '%{http_code}' "$base$page" 2>/dev/null | grep -q 200 && break
  sleep 1
done
curl -s -o /dev/null -w '%{http_code}' "$base$page" | grep -q 200 || { echo "The app did not start; see $out/app.log" >&2; exit 1; }

# An API token of Bengtsfors kommun with the scope reports:write, made by the first administrator through the
# token pages, as a person would.
cookies="$out/cookies.txt"
csrf_of() { curl -s -b "$cookies" -c "$cookies" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode username=admin --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$(csrf_of /login)" "$base/login"
form=$(curl -s -b "$cookies" -c "$cookies" "$base/manage/accounts/tokens/new")
organisation=$(grep -o '<option value="[0-9]*"[^>]*>Bengtsfors kommun<' <<<"$form" | sed 's/<option value="\([0-9]*\)".*/\1/')
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$form" | head -n 1 | sed 's/.*value="//; s/"$//')
created=$(curl -s -b "$cookies" -c "$cookies" --data-urlencode "_csrf=$csrf" --data-urlencode "name=Belastningsprov" \
  --data-urlencode "organisation=$organisation" --data-urlencode "scope=reports:write" \
  --data-urlencode "expires=$(date -d '+10 days' +%F)" "$base/manage/accounts/tokens/new")
key=$(grep -o 'id="secret" type="text" value="lofte_[^"]*"' <<<"$created" | sed 's/.*value="//; s/"$//')
[ -n "$key" ] || { echo "No API token was made" >&2; exit 1; }

latency() { # prints "p50_ms p99_ms requests" of a wrk output file
  awk '$1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 } /requests in/ { n = $1 }
       function ms(v) { x = v + 0; if (v ~ /us$/) return x / 1000; if (v ~ /ms$/) return x; return x * 1000 }
       END { printf "%.2f %.2f %d", ms(p50), ms(p99), n }' "$1"
}

# Warm-up, then the page alone.
wrk -t2 -c"$connections" -d10s "$base$page" >/dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$page" >"$out/wrk-alone.txt"
# The page while the reports come in: the posts start with wrk and are sent as fast as the app takes them.
wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$page" >"$out/wrk-load.txt" &
wrk_pid=$!
set +e
"$java_bin" bench/CitizenReportsLoad.java "$base" "$key" "$run" "$count" "$concurrency" "$resends" | tee "$out/load.txt"
load_status=${PIPESTATUS[0]}
set -e
wait "$wrk_pid"

query="select 'stored:' || count(*) || ':' || count(distinct original_text) from citizen_report where original_text like 'Belastningsprov $run-%'"
if [ "$database" = h2 ]; then
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  unzip -p "$jar" 'BOOT-INF/lib/h2-*.jar' >"$out/h2.jar"
  stored=$("$java_bin" -cp "$out/h2.jar" org.h2.tools.Shell -url "$url" -user sa -password "" -sql "$query")
else
  stored=$(psql -At -h 127.0.0.1 -U postgres -d lofte_reports_load -c "$query")
fi
read -r rows distinct <<<"$(grep -o 'stored:[0-9]*:[0-9]*' <<<"$stored" | cut -d: -f2,3 | tr ':' ' ')"

echo
echo "database $database: $count reports with a unique marker posted; rows stored $rows, distinct markers $distinct"
read -r p50a p99a na <<<"$(latency "$out/wrk-alone.txt")"
read -r p50l p99l nl <<<"$(latency "$out/wrk-load.txt")"
printf '%-34s %10s %10s %10s\n' "seed promise page ($connections conn.)" "p50 ms" "p99 ms" "requests"
printf '%-34s %10s %10s %10s\n' "alone" "$p50a" "$p99a" "$na"
printf '%-34s %10s %10s %10s\n' "while the reports come in" "$p50l" "$p99l" "$nl"
if [ "$load_status" = 0 ] && [ "$rows" = "$count" ] && [ "$distinct" = "$count" ]; then
  echo "every report stored exactly once"
else
  echo "LOST OR DOUBLED: see $out" >&2; exit 1
fi
