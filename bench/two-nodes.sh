#!/usr/bin/env bash
# Two Löfte nodes on one PostgreSQL behind nginx (Debian's), on loopback. wrk reads a public page and a staff
# page (signed in) through nginx while one node is killed with kill -9 and started again. Prints, per page,
# the requests served and the errors, and whether the signed-in user stayed signed in throughout.
#
#   ./mvnw -B -q package -DskipTests && bench/two-nodes.sh
#
# DURATION (default 30, seconds of load; the kill is at a third, the restart at two thirds), DATABASE (default
# lofte_twonodes, dropped and created), PORT (default 18130 for nginx; the nodes take the next two),
# CONNECTIONS (default 32 per page). Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), nginx, wrk, curl.
#
# nginx passes a request on to the other node when a node refuses the connection or drops it before answering
# (proxy_next_upstream error, for GET); a request already being answered by the node that dies is lost, which is
# what "errors only for requests in flight" means. Sessions live in the database, so the other node knows them.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-30}
db=${DATABASE:-lofte_twonodes}
port=${PORT:-18130}
connections=${CONNECTIONS:-32}
node_a=$((port + 1))
node_b=$((port + 2))
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=$(ls target/lofte-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { echo "Build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
out=$PWD/target/bench/two-nodes
rm -rf "$out"; mkdir -p "$out/nginx/tmp" "$out/runs"
password="two-nodes-$RANDOM$RANDOM-password"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db with (force)" -c "create database $db"

start_node() { # port log
  LOFTE_ADMIN_PASSWORD=$password "$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" --server.port="$1" --server.address=127.0.0.1 --management.server.port=0 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
    --spring.datasource.password= --lofte.trusted-proxies=127.0.0.1 --lofte.base-url="http://127.0.0.1:$port" \
    >>"$2" 2>&1 &
  echo $!
}
wait_ready() { # port
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/kommun/bengtsfors/medborgarlofte/2019" && return 0
    sleep 0.5
  done
  echo "Node on port $1 did not start" >&2; exit 1
}

# The first node migrates the database and loads the demo data; the second starts on what the first made.
pid_a=$(start_node "$node_a" "$out/node-a.log"); pids+=("$pid_a"); wait_ready "$node_a"
pid_b=$(start_node "$node_b" "$out/node-b.log"); pids+=("$pid_b"); wait_ready "$node_b"

cat >"$out/nginx/nginx.conf" <<EOF
daemon off; worker_processes 2; pid $out/nginx/nginx.pid; error_log $out/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $out/nginx/tmp; proxy_temp_path $out/nginx/tmp; fastcgi_temp_path $out/nginx/tmp;
  uwsgi_temp_path $out/nginx/tmp; scgi_temp_path $out/nginx/tmp;
  upstream lofte { server 127.0.0.1:$node_a max_fails=1 fail_timeout=2s; server 127.0.0.1:$node_b max_fails=1 fail_timeout=2s; keepalive 32; }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://lofte;
      proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 1s;
    }
  }
}
EOF
nginx -c "$out/nginx/nginx.conf" -p "$out/nginx" &
pids+=("$!")
base="http://127.0.0.1:$port"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$base/" && break; sleep 0.1; done

# Sign in as the first administrator through nginx, as a browser does: the login page, then the form.
jar_cookies="$out/cookies.txt"
login=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/login")
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$login" | head -n 1 | sed 's/.*value="//; s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar_cookies" -b "$jar_cookies" \
  --data-urlencode "username=admin" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")
session=$(awk '$6 == "SESSION" { print $7 }' "$jar_cookies")
[ "$status" = 302 ] && [ -n "$session" ] || { echo "Sign-in through nginx failed ($status)" >&2; exit 1; }
staff_page=/manage/promises
signed_in() { # prints 200 while the session is valid (a signed-out request is redirected to /login)
  curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$base$staff_page"
}
[ "$(signed_in)" = 200 ] || { echo "The staff page did not answer 200 when signed in" >&2; exit 1; }

# Every second, whether the user is still signed in, for the whole run.
( for _ in $(seq 1 "$duration"); do echo "$(date +%s) $(signed_in)"; sleep 1; done ) >"$out/signed-in.txt" &
watcher=$!

echo "== $duration s of load through nginx on $base: node A (port $node_a) killed at $((duration / 3)) s, started at $((2 * duration / 3)) s"
wrk -t1 -c"$connections" -d"${duration}s" --timeout 5s --latency "$base/kommun/bengtsfors/medborgarlofte/2019" \
  >"$out/runs/public.txt" 2>&1 &
wrk_public=$!
wrk -t1 -c"$connections" -d"${duration}s" --timeout 5s --latency -H "Cookie: SESSION=$session" "$base$staff_page" \
  >"$out/runs/staff.txt" 2>&1 &
wrk_staff=$!
sleep $((duration / 3))
kill -9 "$pid_a"
echo "   $(date +%T) node A killed (kill -9)"
sleep $((duration / 3))
pid_a=$(start_node "$node_a" "$out/node-a.log"); pids+=("$pid_a")
echo "   $(date +%T) node A starting again"
wait "$wrk_public" "$wrk_staff" "$watcher"
wait_ready "$node_a"

report() { # name file
  local requests errors non2xx timeouts
  requests=$(awk '/requests in/ { print $1 }' "$2")
  errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 }' "$2"); errors=${errors:-0}
  timeouts=$(awk '/Socket errors/ { print $10 }' "$2"); timeouts=${timeouts:-0}
  non2xx=$(awk '/Non-2xx/ { print $5 }' "$2"); non2xx=${non2xx:-0}
  printf '  %-8s %8s requests  %6s socket errors  %6s timeouts  %6s non-2xx/3xx  p99 %s\n' "$1" "$requests" \
    "$errors" "$timeouts" "$non2xx" "$(awk '/ 99%/ { print $2 }' "$2")"
}
echo "== Results ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
report public "$out/runs/public.txt"
report staff "$out/runs/staff.txt"
out_count=$(awk '$2 != 200' "$out/signed-in.txt" | wc -l)
checks=$(wc -l <"$out/signed-in.txt")
after=$(signed_in)
if [ "$out_count" = 0 ] && [ "$after" = 200 ]; then
  echo "  signed in throughout: yes ($checks checks once a second, and after the restart)"
else
  echo "  signed in throughout: NO ($out_count of $checks checks not 200; after the restart: $after)"
fi
echo "wrk outputs and node logs: $out/"
