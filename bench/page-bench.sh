#!/bin/bash
# Public page views: SQL statements per view and CPU milliseconds per request, for one jar.
#
#   ./mvnw -B -q package -DskipTests
#   bench/page-bench.sh [target/lofte-0.1.0-SNAPSHOT.jar] [port, default 18081]
#
# Starts the jar on an in-memory H2 database (the demo data loads the seed promise). First with every
# statement logged (org.springframework.jdbc.core.JdbcTemplate at DEBUG): views each page twice and counts the
# statements of the second view. Then without that logging: per page a 10 s wrk warm-up, then
# wrk -t1 -c2 -d20s; CPU ms per request = the process's user+system time (/proc/PID/stat, 100 ticks a second)
# over that run divided by the requests served. Needs wrk and curl.
set -euo pipefail
# Löfte needs its public address to start; links in mails are not followed here.
export LOFTE_BASE_URL=${LOFTE_BASE_URL:-http://localhost:8080}
JAR=${1:-target/lofte-0.1.0-SNAPSHOT.jar}
PORT=${2:-18081}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
B=http://127.0.0.1:$PORT
LOG=$(mktemp)
DB="jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128"

start() {
  "$JAVA" -Xmx512m -jar "$JAR" --server.port="$PORT" --management.server.port=0 --spring.datasource.url="$DB" \
    --lofte.admin.password=bench-admin-password --logging.level.root=WARN "$@" > "$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do
    curl -s $B/api/promises 2>/dev/null | grep -q '"id"' && break
    sleep 1
  done
  ID=$(curl -s $B/api/promises | sed 's/.*"id":\([0-9]*\).*/\1/')
}

statements() { grep -c "Executing prepared SQL statement\|Executing SQL statement" "$LOG" || true; }

start --logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG
for u in /kommun/bengtsfors/medborgarlofte/2019 / /kommun/bengtsfors /flode.atom /api/promises/$ID; do
  curl -s -o /dev/null $B$u; sleep 0.3
  before=$(statements)
  curl -s -o /dev/null $B$u; sleep 0.5
  echo "statements per view  $u  $(( $(statements) - before ))"
done
kill $PID; wait $PID 2>/dev/null || true

start
for u in /kommun/bengtsfors/medborgarlofte/2019 / /flode.atom /api/promises/$ID; do
  wrk -t1 -c2 -d10s $B$u > /dev/null
  t0=$(awk '{print $14+$15}' /proc/$PID/stat)
  out=$(wrk -t1 -c2 -d20s $B$u)
  t1=$(awk '{print $14+$15}' /proc/$PID/stat)
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "CPU ms per request   $u  $(awk -v t=$((t1 - t0)) -v n="$requests" 'BEGIN {printf "%.2f", t * 10 / n}')  ($requests requests)"
done
kill $PID; wait $PID 2>/dev/null || true
rm -f "$LOG"
