#!/usr/bin/env bash
# Public pages benchmark: Löfte's public pages under wrk, each beside nginx serving the same bytes as a static
# file, in alternating runs of the same session on the same machine. See docs/performance.md, "Public pages".
#
#   ./mvnw -B -q package -DskipTests && bench/http-bench.sh
#
# Builds nothing: it runs whatever target/lofte-*.jar the tree was built into, so a rerun after a merge gives
# that tree's figures. Settings (environment):
#   DURATION=10s          length of each wrk run
#   WARMUP=10s            uncounted wrk run per page on both servers before the rounds, for the JIT
#   ROUNDS=2              rounds; each round runs every page at every connection count, Löfte then nginx
#   CONNECTIONS="64 256"  wrk connection counts (two threads each)
#   DATABASE=h2           h2: a fresh H2 file database in target/bench/http/h2 (demo data);
#                         postgresql: database lofte_httpbench on 127.0.0.1:5432, dropped and created
#   DATASET=demo          demo: the demo data (the real 2019 Bengtsfors promise) on a fresh database;
#                         national: the national data set loaded by bench/national-data.sh into PostgreSQL
#                         database NATIONAL_DB (default lofte_national), used as it is (not dropped)
#   UNCACHED_WARMUP=20    seconds of distinct uncached URLs per page before the measured run (the JIT compiles a
#                         render path only after some thousand renders; a shorter warm-up measures the compiler)
#   UNCACHED_SECONDS=10   length of the measured run of distinct uncached URLs per page
#   FRESH_SECONDS=5       length of the 256-connection burst per page right after start
#   WRK_TIMEOUT=2s        wrk's timeout: a reply slower than this counts as a timeout
#   PORT=18090 NGINX_PORT=18091, JAVA_OPTS (extra JVM options beside -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10s}
rounds=${ROUNDS:-2}
warmup=${WARMUP:-10s}
connections=${CONNECTIONS:-64 256}
database=${DATABASE:-h2}
dataset=${DATASET:-demo}
uncached_seconds=${UNCACHED_SECONDS:-10}
uncached_warmup=${UNCACHED_WARMUP:-20}
fresh_seconds=${FRESH_SECONDS:-5}
wrk_timeout=${WRK_TIMEOUT:-2s}
port=${PORT:-18090}
nginx_port=${NGINX_PORT:-18091}
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(ls target/lofte-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { echo "No target/lofte-*.jar: build it first (./mvnw -B -q package -DskipTests)" >&2; exit 2; }
out=$PWD/target/bench/http
pg="psql -X -q -h 127.0.0.1 -U postgres"
ticks=$(getconf CLK_TCK)
base=http://127.0.0.1:$port
seed_path=/kommun/bengtsfors/medborgarlofte/2019
rm -rf "$out/nginx" "$out/runs"
mkdir -p "$out/nginx/pages" "$out/nginx/logs" "$out/runs"

case "$dataset" in
  demo) uncached_goal_ms=1 ;;
  national) uncached_goal_ms=5 ;;
  *) echo "DATASET is demo or national" >&2; exit 2 ;;
esac
if [ "$dataset" = national ]; then
  [ "$database" = postgresql ] || { echo "DATASET=national is on PostgreSQL: set DATABASE=postgresql" >&2; exit 2; }
  db_name=${NATIONAL_DB:-lofte_national}
  promises=$($pg -d "$db_name" -tA -c "select count(*) from promise" 2>/dev/null || echo 0)
  [ "${promises:-0}" -gt 0 ] || { echo "No national data in $db_name: run bench/national-data.sh first" >&2; exit 2; }
  echo "National data set in $db_name: $promises promises, $($pg -d "$db_name" -tA -c "select count(*) from incident") incidents"
fi
case "$database" in
  h2)
    rm -rf "$out/h2"
    db_args=(--spring.datasource.url="jdbc:h2:file:$out/h2/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128"
      --spring.datasource.username=sa --spring.datasource.password=) ;;
  postgresql)
    if [ "$dataset" = demo ]; then
      db_name=lofte_httpbench
      $pg -c "drop database if exists $db_name with (force)" -c "create database $db_name"
    fi
    db_args=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db_name"
      --spring.datasource.username=postgres --spring.datasource.password=) ;;
  *) echo "DATABASE is h2 or postgresql" >&2; exit 2 ;;
esac

app_pid=
nginx_pid=
stop() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
}
trap stop EXIT

# CPU time of processes in milliseconds: utime + stime (fields 14 and 15 of /proc/PID/stat, in clock ticks).
cpu_ms() {
  local total=0 pid t
  for pid in "$@"; do
    t=$(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')
    total=$((total + t))
  done
  echo $((total * 1000 / ticks))
}
nginx_pids() {
  echo "$nginx_pid" $(pgrep -P "$nginx_pid" || true)
}

echo "== Starting $jar on $base ($database, $dataset data)"
# shellcheck disable=SC2086
"$java_bin" -Xmx512m ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --management.server.port=0 \
  --lofte.base-url="$base" "${db_args[@]}" >"$out/app.log" 2>&1 &
app_pid=$!
started=$(date +%s)
# Ready when the open-data list names the seed promise: the demo data is loaded after the server opens its
# port, and waiting on the list leaves the public pages themselves unrequested for the first views below.
seed_id=
until [ -n "$seed_id" ]; do
  kill -0 "$app_pid" 2>/dev/null || { echo "The application stopped; see $out/app.log" >&2; tail -n 30 "$out/app.log" >&2; exit 1; }
  [ $(($(date +%s) - started)) -lt 600 ] || { echo "Not ready after 600 s; see $out/app.log" >&2; exit 1; }
  sleep 1
  seed_id=$(curl -s --max-time 30 "$base/api/promises" 2>/dev/null \
    | jq -r --arg p "$seed_path" '.[]? | select(.url | endswith($p)) | .id' 2>/dev/null | head -n 1 || true)
done
echo "Ready after $(($(date +%s) - started)) s; seed promise $seed_id"

# The pages: a name, the path, and whether it is the one the cache-bound goal is about.
names=(promise municipality home feed json)
declare -A path=([promise]=$seed_path [municipality]=/kommun/bengtsfors [home]=/ [feed]=/flode.atom
  [json]=/api/promises/$seed_id)

# First views after the start: one request per page, the process's CPU before and after. This is the cost
# of a cold JVM (class loading, interpreter, JIT) more than of the page; printed for information.
declare -A cold_ms cold_status
for n in "${names[@]}"; do
  before=$(cpu_ms "$app_pid")
  cold_status[$n]=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$base${path[$n]}")
  cold_ms[$n]=$(( $(cpu_ms "$app_pid") - before ))
done
[ "${cold_status[promise]}" = 200 ] || { echo "The seed page answered ${cold_status[promise]}" >&2; exit 1; }

# The same bytes for nginx: each page's body as the app sends it, served with the app's content type.
{
  echo "daemon off; worker_processes 2; pid $out/nginx/nginx.pid; error_log $out/nginx/logs/error.log warn;"
  [ "$(id -u)" = 0 ] && echo "user root;"
  echo "events { worker_connections 4096; }"
  echo "http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000; server_tokens off;"
  echo "  client_body_temp_path $out/nginx/tmp; proxy_temp_path $out/nginx/tmp; fastcgi_temp_path $out/nginx/tmp;"
  echo "  uwsgi_temp_path $out/nginx/tmp; scgi_temp_path $out/nginx/tmp; types { }"
  echo "  server { listen 127.0.0.1:$nginx_port;"
} >"$out/nginx/nginx.conf"
mkdir -p "$out/nginx/tmp"
declare -A bytes
for n in "${names[@]}"; do
  type=$(curl -s -o "$out/nginx/pages/$n" -w '%{content_type}' "$base${path[$n]}")
  bytes[$n]=$(stat -c %s "$out/nginx/pages/$n")
  echo "    location = ${path[$n]} { root $out/nginx; try_files /pages/$n =404; default_type \"$type\"; }" \
    >>"$out/nginx/nginx.conf"
done
echo "  } }" >>"$out/nginx/nginx.conf"
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do
  curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" 2>/dev/null && break
  sleep 0.1
done
for n in "${names[@]}"; do
  curl -s "http://127.0.0.1:$nginx_port${path[$n]}" | cmp -s - "$out/nginx/pages/$n" \
    || { echo "nginx does not serve the bytes of $n" >&2; exit 1; }
done

# One wrk run; prints "requests req/s p50_ms p99_ms errors timeouts non2xx cpu_ms_per_req" and keeps the output.
to_ms() { # wrk's 1.23us / 4.56ms / 7.89s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
# A run that served nothing counts every connection as failed. After a run against Löfte, one more request
# (PROBE_URL) must be answered within wrk's timeout: wrk does not count requests still unanswered when it
# stops (a server stuck on its connection pool serves nothing and wrk reports no error), so a stall is
# counted here as a failure of that run; the probe then waits (up to 180 s) for the app to recover, so that a
# stall does not spill into the next run.
timeout_s=$(awk -v v="$wrk_timeout" 'BEGIN { n = v + 0; if (v ~ /ms$/) n /= 1000; else if (v ~ /m$/) n *= 60; print n }')
measure() { # measure LABEL "PIDS" wrk-args...
  local label=$1 pids=$2; shift 2
  local file="$out/runs/$label.txt"
  local before after
  before=$(cpu_ms $pids)
  wrk --timeout "$wrk_timeout" --latency "$@" >"$file" 2>&1 || true
  after=$(cpu_ms $pids)
  local requests rps p50 p99 errors timeouts non2xx
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$file")
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  errors=$(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3/p' "$file" \
    | awk '{ print $1 + $2 + $3 }')
  timeouts=$(sed -n 's/.*Socket errors:.*timeout \([0-9]*\).*/\1/p' "$file")
  non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$file")
  if [ "${requests:-0}" = 0 ]; then
    errors=$(( ${errors:-0} + $(sed -n 's/^ *[0-9]* threads and \([0-9]*\) connections.*/\1/p' "$file") ))
  fi
  if [ -n "${PROBE_URL:-}" ]; then
    local probe
    probe=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 180 "$PROBE_URL" || true)
    echo "probe after the run: $probe" >>"$file"
    if ! awk -v p="$probe" -v t="$timeout_s" 'BEGIN { split(p, x); exit !(x[1] == 200 && x[2] < t) }'; then
      timeouts=$(( ${timeouts:-0} + 1 ))
      echo "stalled: the probe was not answered within $wrk_timeout" >>"$file"
    fi
  fi
  echo "${requests:-0} ${rps:-0} $p50 $p99 ${errors:-0} ${timeouts:-0} ${non2xx:-0}" \
    "$(awk -v c=$((after - before)) -v r="${requests:-0}" 'BEGIN { printf "%.3f", (r > 0 ? c / r : 0) }')"
}

failures=()
# A burst of 256 readers per page right after the start, before anything has warmed it (but the first view).
declare -A fresh
echo "== 256 connections on a fresh start (${fresh_seconds}s per page)"
for n in "${names[@]}"; do
  read -r req rps p50 p99 err to non cpu < <(PROBE_URL="$base${path[$n]}" measure "fresh-$n" "$app_pid" -t2 -c256 -d"${fresh_seconds}s" "$base${path[$n]}")
  fresh[$n]="$err $to $non"
  printf '  %-13s %8s req/s  p99 %8s ms  errors %s  timeouts %s  non-2xx %s\n' "$n" "$rps" "$p99" "$err" "$to" "$non"
done

# Warm-up, not counted: the JIT compiles the serving path only after some thousands of requests, and a round
# that includes that compiling measures the compiler. nginx is warmed alike.
echo "== Warm-up, not counted (${warmup} per page, 64 connections, both servers)"
for n in "${names[@]}"; do
  wrk -t2 -c64 -d"$warmup" "$base${path[$n]}" > /dev/null
  wrk -t2 -c64 -d"$warmup" "http://127.0.0.1:$nginx_port${path[$n]}" > /dev/null
done

# The rounds: every page at every connection count, Löfte then nginx, so that both see the same machine.
declare -A sum_l sum_n
echo "== $rounds rounds of $duration per page and connection count, Löfte then nginx"
for round in $(seq "$rounds"); do
  for n in "${names[@]}"; do
    for c in $connections; do
      l=$(PROBE_URL="$base${path[$n]}" measure "r$round-$n-c$c-lofte" "$app_pid" -t2 -c"$c" -d"$duration" "$base${path[$n]}")
      x=$(measure "r$round-$n-c$c-nginx" "$(nginx_pids)" -t2 -c"$c" -d"$duration" "http://127.0.0.1:$nginx_port${path[$n]}")
      printf '  round %s %-13s c%-4s Löfte %-60s nginx %s\n' "$round" "$n" "$c" "$l" "$x"
      # Sums over rounds: req/s, p50, p99, cpu; errors, timeouts and non-2xx are added up.
      sum_l[$n,$c]=$(awk -v a="${sum_l[$n,$c]:-0 0 0 0 0 0 0 0}" -v b="$l" 'BEGIN { split(a, x); split(b, y); for (i = 1; i <= 8; i++) printf "%s ", x[i] + y[i] }')
      sum_n[$n,$c]=$(awk -v a="${sum_n[$n,$c]:-0 0 0 0 0 0 0 0}" -v b="$x" 'BEGIN { split(a, x); split(b, y); for (i = 1; i <= 8; i++) printf "%s ", x[i] + y[i] }')
    done
  done
done
# Uncached renders: every request a URL not asked for before (a query parameter the app ignores and any page
# cache must treat as a page of its own), one connection, after a warm-up run of other such URLs. CPU ms per
# request is then the cost of rendering the page once on a JVM warmed by the rounds above: the "first view"
# of a page not seen before, as a running site meets it.
cat >"$out/uncached.lua" <<'EOF'
local prefix = os.getenv("BENCH_PREFIX") or "u"
local target = os.getenv("BENCH_PATH")
local sep = string.find(target, "?", 1, true) and "&" or "?"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, target .. sep .. "bench-uncached=" .. prefix .. n)
end
EOF
declare -A uncached
echo "== Uncached renders: distinct URLs, 1 connection, ${uncached_warmup}s warm-up + ${uncached_seconds}s measured per page"
for n in "${names[@]}"; do
  PROBE_URL="$base${path[$n]}" BENCH_PREFIX="w$RANDOM-" BENCH_PATH="${path[$n]}" measure "uncached-warmup-$n" "$app_pid" -t1 -c1 -d"${uncached_warmup}s" \
    -s "$out/uncached.lua" "$base" >/dev/null
  uncached[$n]=$(PROBE_URL="$base${path[$n]}" BENCH_PREFIX="m$RANDOM-" BENCH_PATH="${path[$n]}" measure "uncached-$n" "$app_pid" -t1 -c1 \
    -d"${uncached_seconds}s" -s "$out/uncached.lua" "$base")
  read -r req rps p50 p99 err to non cpu <<<"${uncached[$n]}"
  printf '  %-13s %6s requests  %8s CPU ms/req  p50 %8s ms  errors %s  non-2xx %s\n' "$n" "$req" "$cpu" "$p50" "$err" "$non"
done

kill -0 "$app_pid" 2>/dev/null || failures+=("the application stopped during the run")

mean() { awk -v s="$1" -v i="$2" -v r="$rounds" -v f="${3:-%.0f}" 'BEGIN { split(s, x); printf f, x[i] / r }'; }
total() { awk -v s="$1" -v i="$2" 'BEGIN { split(s, x); printf "%d", x[i] }'; }

echo
echo "== Results: $jar, $database, $dataset data, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   (means of $rounds rounds of $duration; p50/p99 in ms; CPU in ms per request; errors = socket errors"
echo "   + timeouts + non-2xx over all rounds)"
printf '%-13s %5s | %9s %9s %6s | %7s %7s %7s %7s | %7s %7s | %s\n' page conns "Löfte/s" "nginx/s" ratio \
  "L p50" "L p99" "n p50" "n p99" "L cpu" "n cpu" "errors L/n"
for n in "${names[@]}"; do
  for c in $connections; do
    l=${sum_l[$n,$c]}; x=${sum_n[$n,$c]}
    lr=$(mean "$l" 2); xr=$(mean "$x" 2)
    le=$(( $(total "$l" 5) + $(total "$l" 6) + $(total "$l" 7) ))
    xe=$(( $(total "$x" 5) + $(total "$x" 6) + $(total "$x" 7) ))
    printf '%-13s %5s | %9s %9s %6s | %7s %7s %7s %7s | %7s %7s | %s/%s\n' "$n" "$c" "$lr" "$xr" \
      "$(awk -v a="$lr" -v b="$xr" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')" \
      "$(mean "$l" 3 %.2f)" "$(mean "$l" 4 %.2f)" "$(mean "$x" 3 %.2f)" "$(mean "$x" 4 %.2f)" \
      "$(mean "$l" 8 %.3f)" "$(mean "$x" 8 %.3f)" "$le" "$xe"
  done
done
echo
printf '%-13s %8s | %12s %10s %10s | %s\n' page bytes "first view" "uncached" "uncached" "uncached"
printf '%-13s %8s | %12s %10s %10s | %s\n' "" "" "CPU ms" "CPU ms/req" "p50 ms" "requests, errors"
for n in "${names[@]}"; do
  read -r req rps p50 p99 err to non cpu <<<"${uncached[$n]}"
  printf '%-13s %8s | %12s %10s %10s | %s, %s\n' "$n" "${bytes[$n]}" "${cold_ms[$n]} (${cold_status[$n]})" "$cpu" "$p50" \
    "$req" "$((err + to + non))"
done

echo
echo "== Goals"
verdict() { # verdict OK DESCRIPTION
  if [ "$1" = 1 ]; then echo "PASS  $2"; else echo "FAIL  $2"; failures+=("$2"); fi
}
for n in "${names[@]}"; do
  read -r err to non <<<"${fresh[$n]}"
  bad=$((err + to + non))
  for c in $connections; do
    [ "$c" = 256 ] || continue
    bad=$((bad + $(total "${sum_l[$n,256]}" 5) + $(total "${sum_l[$n,256]}" 6) + $(total "${sum_l[$n,256]}" 7)))
  done
  verdict $([ "$bad" = 0 ] && echo 1 || echo 0) "$n: 256 concurrent readers, no error, no timeout (fresh start and rounds: $bad failed)"
done
if [[ " $connections " == *" 256 "* ]]; then
  l=${sum_l[promise,256]}; x=${sum_n[promise,256]}
  lr=$(mean "$l" 2); xr=$(mean "$x" 2); p99=$(mean "$l" 4 %.2f)
  verdict $(awk -v a="$lr" -v b="$xr" 'BEGIN { print (a * 2 >= b) ? 1 : 0 }') \
    "promise (cached): at least half of nginx's requests/s at 256 connections ($lr against $xr)"
  verdict $(awk -v p="$p99" -v r="$lr" 'BEGIN { print (r > 0 && p < 50) ? 1 : 0 }') "promise (cached): p99 under 50 ms at 256 connections ($p99 ms)"
fi
for n in "${names[@]}"; do
  read -r req rps p50 p99 err to non cpu <<<"${uncached[$n]}"
  verdict $(awk -v c="$cpu" -v g="$uncached_goal_ms" -v r="$req" -v e=$((err + to + non)) \
    'BEGIN { print (r > 0 && e == 0 && c < g) ? 1 : 0 }') "$n: uncached view under $uncached_goal_ms ms CPU ($cpu ms)"
done
any_failed=0
for n in "${names[@]}"; do
  read -r err to non <<<"${fresh[$n]}"
  [ $((err + to + non)) = 0 ] || any_failed=1
  for c in $connections; do
    [ $(( $(total "${sum_l[$n,$c]}" 5) + $(total "${sum_l[$n,$c]}" 6) + $(total "${sum_l[$n,$c]}" 7) )) = 0 ] || any_failed=1
  done
  read -r req rps p50 p99 err to non cpu <<<"${uncached[$n]}"
  [ $((err + to + non)) = 0 ] || any_failed=1
done
if [ "$any_failed" = 0 ]; then
  echo "No request to Löfte failed (no socket error, timeout or non-2xx reply in any run)."
else
  echo "Some requests to Löfte failed: see the errors column and $out/runs/."
fi
echo "wrk outputs: $out/runs/; application log: $out/app.log"
