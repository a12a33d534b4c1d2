#!/usr/bin/env bash
# JIT settings benchmark: what delaying the JIT compilers gains at start-up and what it costs right after.
# Each variant is a set of JVM options beside the fast start of the README (Spring's AOT mode and the JDK's AOT
# cache); the peer is the same start with no options added, in the same rounds. For every start it prints the
# time from process start to the seed page's first 200 (as bench/startup-bench.sh measures it), then serves a
# mix of public pages under wrk (two threads, eight connections unless set) in consecutive two-second runs, and prints
# requests/s of each run: the warm-up curve after a restart during a rush. See docs/performance.md, "Start-up".
#
#   ./mvnw -B -q -Paot package -DskipTests && bench/aot-cache.sh && bench/jit-bench.sh
#
# Runs target/lofte/ with target/lofte.aot (made by bench/aot-cache.sh from the current jar) on one H2 database
# in a temporary directory, prepared by a first start (so every measured start is a restart). Settings:
#   RUNS=3          rounds; each round starts every variant once, in turn
#   SEGMENTS=8      two-second wrk runs after each start
#   CONNECTIONS=8   wrk's connections (1 shows a quiet site: code reaches each tier later than under a rush)
#   VARIANTS        names from the list below (default: all)
#   PORT=18120
set -euo pipefail
export LOFTE_BASE_URL=${LOFTE_BASE_URL:-http://localhost:8080}
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
segments=${SEGMENTS:-8}
connections=${CONNECTIONS:-8}
threads=$(( connections > 1 ? 2 : 1 ))
port=${PORT:-18120}
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(ls target/lofte/lofte-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] && [ -f target/lofte.aot ] ||
  { echo "No target/lofte/ with target/lofte.aot: ./mvnw -B -q -Paot package -DskipTests && bench/aot-cache.sh" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

# The C2 thresholds ten times their defaults (Tier4InvocationThreshold 5000, MinInvocation 600, Compile 15000,
# BackEdge 40000).
c2x10="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
declare -A options=(
  [default]=""
  [scaling3]="-XX:CompileThresholdScaling=3"
  [scaling5]="-XX:CompileThresholdScaling=5"
  [c2x10]="$c2x10"
  [scaling3-c2x10]="-XX:CompileThresholdScaling=3 $c2x10"
)
variants=${VARIANTS:-default scaling3 scaling5 c2x10 scaling3-c2x10}
for v in $variants; do [ -n "${options[$v]+set}" ] || { echo "Unknown variant $v (${!options[*]})" >&2; exit 2; }; done

source bench/restarts.sh

# Pages a reader of a promise in the news asks for: the promise (cached after its first view), the home page,
# the municipality, the national feed and the open data; all answer 200.
cat >"$work/mix.lua" <<'EOF'
local paths = {"/kommun/bengtsfors/medborgarlofte/2019", "/", "/kommun/bengtsfors", "/flode.atom", "/api/promises"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
EOF
seed=http://127.0.0.1:$port/kommun/bengtsfors/medborgarlofte/2019

# Starts Löfte with the variant's options, waits for the seed page's 200 and sets started (ms); with a second
# argument it then sets curve to the requests/s of each wrk run. Stops it.
run() {
  local variant=$1 measure_curve=${2:-} start code extra=()
  read -r -a extra <<<"${options[$variant]}"
  start=$(now_ms)
  "$java_bin" -XX:AOTCache=target/lofte.aot -Xmx512m -Dspring.aot.enabled=true "${extra[@]}" -jar "$jar" \
    --server.port="$port" --server.address=127.0.0.1 --management.server.port=0 \
    "--spring.datasource.url=$(h2 "$work/db")" \
    --lofte.admin.password=bench-password-not-used >"$work/$variant.log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$seed" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/$variant.log" >&2; echo "$variant exited before answering 200" >&2; exit 1; }
    sleep 0.02
  done
  started=$(( $(now_ms) - start ))
  curve=
  if [ -n "$measure_curve" ]; then
    for _ in $(seq 1 "$segments"); do
      curve="$curve $(wrk -t"$threads" -c"$connections" -d2s -s "$work/mix.lua" "http://127.0.0.1:$port" | awk '/Requests\/sec/ { print int($2) }')"
    done
  fi
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=
  if grep -q 'error *\]\[aot' "$work/$variant.log"; then
    echo "$variant: the AOT cache was not used (rebuild it: bench/aot-cache.sh)" >&2; exit 1
  fi
}

echo "Preparing the database"
run default
declare -A starts curves
echo "uptime before: $(uptime)"
for round in $(seq 1 "$runs"); do
  for v in $variants; do
    run "$v" curve
    starts[$v]="${starts[$v]:-} $started"
    curves[$v]="${curves[$v]:-}|$curve"
    echo "round $round: $v start ${started} ms, requests/s per 2 s:$curve"
  done
done
echo "uptime after:  $(uptime)"

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END { print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2) }'; }
echo
printf '%-16s %9s  %-60s %s\n' variant "start" "median requests/s in each 2 s after the first 200" "requests in $((segments * 2)) s"
for v in $variants; do
  line=
  total=0
  for s in $(seq 1 "$segments"); do
    m=$(tr '|' '\n' <<<"${curves[$v]}" | grep . | awk -v s="$s" '{ print $s }' | median)
    line="$line $m"
    total=$(( total + m * 2 ))
  done
  printf '%-16s %6.2f s  %-60s %s\n' "$v" "$(awk -v x="$(median <<<"${starts[$v]}")" 'BEGIN { print x / 1000 }')" \
    "$line" "$total"
done
