#!/usr/bin/env bash
# Disk size of a large import: a generated CSV of ROWS incidents (default 500,000, bench/GenerateIncidents.java)
# imported by Löfte's own import command into a fresh embedded H2 database with the address Löfte uses by
# default (application.properties, run from a fresh working directory so that ./data/ is new), and into
# PostgreSQL in the same run. Prints the H2 file's peak size during the import and its size after the
# process closed it, beside pg_total_relation_size('incident') (table, indexes and TOAST) for the same rows.
# See docs/performance.md.
#
#   ./mvnw -q package -DskipTests && bench/h2-size-bench.sh          # ROWS=100000 for a quicker look
#
# H2_URL overrides the H2 address (to measure other settings); SKIP_PG=1 leaves PostgreSQL out. Needs
# PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and psql; uses the database PG_DB (default
# lofte_bench_size), which it drops and creates.
set -euo pipefail
# Löfte needs its public address to start; links in mails are not followed here.
export LOFTE_BASE_URL=${LOFTE_BASE_URL:-http://localhost:8080}
cd "$(dirname "$0")/.."

rows=${ROWS:-500000}
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(realpath "$(ls target/lofte-*.jar | head -n 1)")
out=$(realpath -m target/bench)
csv="$out/incidents-$rows.csv"
pg_db=${PG_DB:-lofte_bench_size}
pg="psql -X -q -h 127.0.0.1 -U postgres"
pg_url=jdbc:postgresql://127.0.0.1:5432/$pg_db
work="$out/h2-size"
mkdir -p "$out"

[ -f "$csv" ] || "$java_bin" bench/GenerateIncidents.java "$rows" "$csv"
echo "File: $csv, $rows rows, $(du -h "$csv" | cut -f1)"

# The column mapping of bench/import-bench.sh, saved for Bengtsfors kommun (SCB 1460).
mapping='{"separator":"COMMA","encoding":"UTF_8","idColumn":"id","categoryColumn":"category","fixedCategory":null,"dateColumn":"time","timeColumn":null,"datePattern":"yyyy-MM-dd HH:mm","timeZone":"Europe/Stockholm","coordinateSystem":"WGS84","northColumn":"latitude","eastColumn":"longitude","placeNameColumn":"place","municipalityColumn":null,"descriptionColumn":"description","precision":"POINT"}'
save_mapping_sql="insert into csv_mapping (organisation_id, name, settings_json, updated_at)
  select id, 'bench', '$mapping', current_timestamp from organisation where scb_code = '1460';"

# Runs a Löfte command in the fresh working directory, where the default address finds ./data/lofte.
lofte() {
  (cd "$work" && "$java_bin" -Xmx512m -jar "$jar" "$@" ${H2_URL:+--spring.datasource.url="$H2_URL"})
}

mib() {
  awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'
}

echo "== H2 (embedded, the default address)"
rm -rf "$work" && mkdir -p "$work"
lofte verify-revisions >/dev/null
"$java_bin" -cp "$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar | tail -n 1)" org.h2.tools.Shell \
  -url "jdbc:h2:file:$work/data/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa -sql "$save_mapping_sql" >/dev/null
start_bytes=$(du -bc "$work"/data/*.db | tail -n 1 | cut -f1)

lofte import --format csv --mapping bench --organisation 1460 "$csv" >"$work/import.log" 2>&1 &
importing=$!
peak=0
# Every database file counts, the temporary ones H2 writes for large results too.
while kill -0 "$importing" 2>/dev/null; do
  now=$(du -bc "$work"/data/*.db 2>/dev/null | tail -n 1 | cut -f1)
  [ "$now" -gt "$peak" ] && peak=$now
  sleep 0.5
done
wait "$importing" || { cat "$work/import.log"; exit 1; }
grep -m 1 'accepted' "$work/import.log" || true
closed=$(du -bc "$work"/data/*.db | tail -n 1 | cut -f1)

if [ -z "${SKIP_PG:-}" ]; then
  echo "== PostgreSQL"
  $pg -c "drop database if exists $pg_db with (force)" -c "create database $pg_db"
  "$java_bin" -jar "$jar" verify-revisions --spring.datasource.url="$pg_url" --spring.datasource.username=postgres \
    --spring.datasource.password= >/dev/null
  $pg -d "$pg_db" -c "$save_mapping_sql"
  "$java_bin" -Xmx512m -jar "$jar" import --format csv --mapping bench --organisation 1460 "$csv" \
    --spring.datasource.url="$pg_url" --spring.datasource.username=postgres --spring.datasource.password= \
    | grep -m 1 'accepted' || true
  $pg -d "$pg_db" -c "vacuum analyze incident"
  pg_bytes=$($pg -d "$pg_db" -t -A -c "select pg_total_relation_size('incident')")
fi

echo
echo "Rows: $rows ($(nproc) cores); CSV file $(mib "$(stat -c %s "$csv")")"
printf '%-52s %s\n' "H2 database before the import (schema, demo-free)" "$(mib "$start_bytes")"
printf '%-52s %s\n' "H2 database file, peak during the import" "$(mib "$peak")"
printf '%-52s %s\n' "H2 database file, after close" "$(mib "$closed")"
[ -z "${SKIP_PG:-}" ] && printf '%-52s %s\n' "PostgreSQL pg_total_relation_size('incident')" "$(mib "$pg_bytes")"
exit 0
