#!/usr/bin/env bash
# Faults under a write load. One Löfte node on a PostgreSQL of the script's own (a throw-away cluster on its own
# port, so that stopping it disturbs nothing else), while writers log measures, write progress updates, send place
# reports and subscribe, each write carrying a unique marker:
#   1. the node is killed with kill -9 and started again;
#   2. PostgreSQL is stopped and started again while the node runs.
# Then every marker the app acknowledged is looked for in the database. Prints, per kind of write,
# "acknowledged N, present N, duplicated 0" (and lost, which must be 0), what the public and staff pages
# answered while the database was away, and how long the app took to recover by itself.
#
#   ./mvnw -B -q package -DskipTests && bench/faults.sh
#
# WRITE_SECONDS (default 15: writes before each fault and after it), WRITERS (default 2 per kind),
# DOWN_SECONDS (default 10: how long PostgreSQL stays stopped), PGPORT (default 18240), PORT (default 18241).
# Needs PostgreSQL's server binaries (Debian's postgresql package; PG_BIN to choose), curl and psql.
#
# "Acknowledged" means the app answered the form with its redirect to the saved record (or, for a subscription,
# to the "mail sent" page). A write in flight when the node dies may or may not be stored; it was never
# acknowledged, so it is counted apart ("unacknowledged but present"), not as lost.
set -euo pipefail
# Löfte needs its public address to start; links in mails are not followed here.
export LOFTE_BASE_URL=${LOFTE_BASE_URL:-http://localhost:8080}
cd "$(dirname "$0")/.."

write_seconds=${WRITE_SECONDS:-15}
writers=${WRITERS:-2}
down_seconds=${DOWN_SECONDS:-10}
pgport=${PGPORT:-18240}
port=${PORT:-18241}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=$(ls target/lofte-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { echo "Build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$pg_bin/pg_ctl" ] || { echo "PostgreSQL's server binaries not found (set PG_BIN)" >&2; exit 2; }
out=$PWD/target/bench/faults
rm -rf "$out"; mkdir -p "$out/acked" "$out/refused"
base="http://127.0.0.1:$port"
password="faults-$RANDOM$RANDOM-password"

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
pgdata=$(mktemp -d /tmp/lofte-faults-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pgdata"
  as_pg=(runuser -u postgres --)
fi
pg_ctl() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" "$@"; }
sql() { psql -X -q -At -h 127.0.0.1 -p "$pgport" -U postgres -d lofte "$@"; }

app=
cleanup() {
  touch "$out/stop"
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  pg_ctl -m immediate stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$pgdata"
}
trap cleanup EXIT

"${as_pg[@]}" "$pg_bin/initdb" -D "$pgdata/data" -U postgres -A trust >/dev/null
pg_ctl -w -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
psql -X -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c "create database lofte"

start_app() {
  # The per-client limit on subscribing is lifted: every write comes from this one address.
  LOFTE_ADMIN_PASSWORD=$password "$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" --server.port="$port" \
    --server.address=127.0.0.1 --management.server.port=0 --lofte.sign-in.attempts-per-minute=1000000 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/lofte" --spring.datasource.username=postgres \
    --spring.datasource.password= >>"$out/app.log" 2>&1 &
  app=$!
}
wait_ready() {
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$base/readyz" && return 0
    sleep 0.5
  done
  echo "The app did not start; see $out/app.log" >&2; exit 1
}
start_app; wait_ready

# Sign in as the administrator and make it editor and reporter of Bengtsfors kommun and LPO Östra Fyrbodal
# through the people pages, as a person would; the staff forms then take its writes.
cookies="$out/cookies.txt"
token_of() { curl -s -b "$cookies" -c "$cookies" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode username=admin --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$(token_of /login)" "$base/login"
admin_id=$(sql -c "select id from account where username = 'admin'")
municipality=$(sql -c "select id from organisation where name = 'Bengtsfors kommun'")
police=$(sql -c "select id from organisation where name = 'LPO Östra Fyrbodal'")
promise=$(sql -c "select id from promise where state = 'PUBLISHED' order by id limit 1")
for organisation in "$municipality" "$police"; do
  curl -s -o /dev/null -b "$cookies" -c "$cookies" -d "organisation=$organisation&roles=EDITOR&roles=REPORTER" \
    --data-urlencode "_csrf=$(token_of "/manage/accounts/$admin_id")" "$base/manage/accounts/$admin_id/roles"
done
session=$(awk '$6 == "SESSION" { print $7 }' "$cookies")
staff_token=$(token_of "/manage/measures/promises/$promise/new")
# A resident's form carries a signed token of its own, without a session.
public_token=$(curl -s "$base/kommun/bengtsfors/prenumerera" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
  | sed 's/.*value="//; s/"$//')
[ -n "$session" ] && [ -n "$staff_token" ] && [ -n "$public_token" ] || { echo "Sign-in failed" >&2; exit 1; }

# One write of a kind with a marker; prints the status and the address the app redirected to.
write() { # kind marker
  local staff=(-b "SESSION=$session" --data-urlencode "_csrf=$staff_token")
  case $1 in
    measure) curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 -b "SESSION=$session" \
      -F "_csrf=$staff_token" -F kind=trafikkontroll -F commitments=c1 -F "responsible=$police" \
      -F start=2026-12-01 -F "description=$2" "$base/manage/measures/promises/$promise/new" ;;
    update) curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 "${staff[@]}" -d kind=PROGRESS \
      -d "party=$police" --data-urlencode "title=$2" --data-urlencode "text=Text of $2" \
      "$base/manage/progress/promises/$promise/updates/new" ;;
    report) curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 "${staff[@]}" \
      -d "organisation=$municipality" -d municipality=1460 --data-urlencode categories=Klotter -d date=2026-12-06 \
      -d partOfDay=dag --data-urlencode placeName=Storgatan --data-urlencode "text=$2" \
      "$base/manage/situation/reports/new" ;;
    subscription) curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 \
      --data-urlencode "_csrf=$public_token" --data-urlencode "email=$2@example.se" \
      "$base/kommun/bengtsfors/prenumerera" ;;
  esac
}
# The redirect that acknowledges a saved write of each kind.
acknowledged() { # kind answer
  case $1 in
    measure) [[ $2 == "302 $base/manage/measures/promises/$promise" ]] ;;
    update) [[ $2 == "302 $base/manage/progress/updates/"* ]] ;;
    report) [[ $2 == "302 $base/manage/situation/reports" ]] ;;
    subscription) [[ $2 == "302 $base/prenumerera/skickat" ]] ;;
  esac
}
writer() { # kind number
  local i=0 marker answer
  while [ ! -e "$out/stop" ]; do
    i=$((i + 1))
    marker="fault-$1-$2-$i"
    answer=$(write "$1" "$marker" || true)
    if acknowledged "$1" "$answer"; then
      echo "$marker" >>"$out/acked/$1"
    else
      echo "$marker ${answer:-no answer}" >>"$out/refused/$1"
      sleep 0.2
    fi
  done
}
kinds=(measure update report subscription)
for kind in "${kinds[@]}"; do
  : >"$out/acked/$kind"; : >"$out/refused/$kind"
  for n in $(seq 1 "$writers"); do writer "$kind" "$n" & done
done

echo "== Writes ($writers writers per kind) for $write_seconds s, then kill -9 of the node"
sleep "$write_seconds"
kill -9 "$app"; wait "$app" 2>/dev/null || true
echo "   $(date +%T) killed; starting again"
start_app; wait_ready
echo "   $(date +%T) answering again"
sleep "$write_seconds"

# PostgreSQL away: a search (never cached), the cached promise page and a staff page, every half second.
probe() { curl -s -o "$out/probe.html" -D "$out/probe.headers" -w '%{http_code}' --max-time 30 "$@" || true; }
timed() { curl -s -H 'Accept: text/html' -o "$out/probe.html" -D "$out/probe.headers" -w '%{http_code} in %{time_total} s' --max-time 30 "$@" || true; }
search_term=fors # more than one municipality, so the search answers with its list rather than a redirect
retry_after() { tr -d '\r' <"$out/probe.headers" | sed -n 's/^[Rr]etry-[Aa]fter: //p'; }
echo "== PostgreSQL stopped for $down_seconds s while the node runs"
pg_ctl -w -m fast stop >/dev/null
stopped=$(date +%s)
sleep 6 # longer than the connection pool's 5 s wait, so the answers below are the app's settled ones
search=$(timed "$base/kommun?q=$search_term"); search_retry=$(retry_after)
page=$(timed "$base/kommun/bengtsfors/medborgarlofte/2019")
staff=$(timed -b "SESSION=$session" "$base/manage/promises"); staff_retry=$(retry_after)
staff_says=$(grep -c 'Databasen kan inte nås' "$out/probe.html" || true)
sleep $((down_seconds - 6 > 0 ? down_seconds - 6 : 0))
pg_ctl -w -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
started=$(date +%s%3N)
recovered=
for _ in $(seq 1 120); do
  if [ "$(probe "$base/kommun?q=$search_term")" = 200 ] && [ "$(probe -b "SESSION=$session" "$base/manage/promises")" = 200 ]; then
    recovered=$(( $(date +%s%3N) - started )); break
  fi
  sleep 0.5
done
sleep "$write_seconds"
touch "$out/stop"; wait $(jobs -p | grep -v "^$app$") 2>/dev/null || true

echo "== Results ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
column_of() { # kind: the SQL that lists the marker of every stored write of that kind
  case $1 in
    measure) echo "select description from measure where description like 'fault-%'" ;;
    update) echo "select title from progress_update where title like 'fault-%'" ;;
    report) echo "select substring(content_json from 'fault-report-[0-9]+-[0-9]+') from place_report where content_json like '%fault-%'" ;;
    subscription) echo "select split_part(email, '@', 1) from subscription where email like 'fault-%'" ;;
  esac
}
failures=0
for kind in "${kinds[@]}"; do
  sql -c "$(column_of "$kind")" | sort >"$out/stored-$kind"
  sort -u "$out/acked/$kind" >"$out/acked-$kind"
  acked=$(wc -l <"$out/acked-$kind")
  present=$(comm -12 "$out/acked-$kind" <(sort -u "$out/stored-$kind") | wc -l)
  duplicated=$(uniq -d "$out/stored-$kind" | wc -l)
  extra=$(comm -13 "$out/acked-$kind" <(sort -u "$out/stored-$kind") | wc -l)
  refused=$(wc -l <"$out/refused/$kind")
  printf '  %-12s acknowledged %5d, present %5d, duplicated %d, lost %d  (not acknowledged: %d, of which stored: %d)\n' \
    "$kind" "$acked" "$present" "$duplicated" $((acked - present)) "$refused" "$extra"
  [ "$acked" -gt 0 ] && [ "$present" = "$acked" ] && [ "$duplicated" = 0 ] || failures=$((failures + 1))
done
echo "  database away: search $search (Retry-After ${search_retry:-none}); promise page $page (served from the page"
echo "                 cache unless a write since changed it); staff page $staff (Retry-After ${staff_retry:-none}, says"
echo "                 the database is away: $([ "$staff_says" -gt 0 ] && echo yes || echo no))"
if [ -n "$recovered" ]; then
  echo "  recovered by itself: search and staff page 200 again $((recovered / 1000)).$((recovered % 1000 / 100)) s after PostgreSQL started"
else
  echo "  recovered by itself: NO (not within 60 s)"; failures=$((failures + 1))
fi
[[ $search == "503 "* ]] && [ -n "$search_retry" ] && [[ $staff == "503 "* ]] && [ "$staff_says" -gt 0 ] \
  || failures=$((failures + 1))
echo "Details: $out/"
exit $((failures > 0))
