#!/usr/bin/env bash
# Import benchmark: a generated CSV of ROWS incidents (default 1,000,000) imported by Löfte's own import
# command into PostgreSQL and into the embedded H2, beside PostgreSQL's own COPY of the same file into a
# plain table, all in one run on one machine. Prints rows per second for each. See docs/performance.md.
#
#   ./mvnw -q package -DskipTests && bench/import-bench.sh            # ROWS=100000 for a quick look
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and psql. Uses the database lofte_bench,
# which it drops and creates.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-1000000}
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(ls target/lofte-*.jar | head -n 1)
out=target/bench
csv="$out/incidents-$rows.csv"
pg="psql -X -q -h 127.0.0.1 -U postgres"
pg_url=jdbc:postgresql://127.0.0.1:5432/lofte_bench
h2_url="jdbc:h2:file:./$out/h2/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
mkdir -p "$out"

[ -f "$csv" ] || "$java_bin" bench/GenerateIncidents.java "$rows" "$csv"
echo "File: $csv, $rows rows, $(du -h "$csv" | cut -f1)"

# The column mapping the import uses, as the import page would save it for Bengtsfors kommun (SCB 1460).
mapping='{"separator":"COMMA","encoding":"UTF_8","idColumn":"id","categoryColumn":"category","fixedCategory":null,"dateColumn":"time","timeColumn":null,"datePattern":"yyyy-MM-dd HH:mm","timeZone":"Europe/Stockholm","coordinateSystem":"WGS84","northColumn":"latitude","eastColumn":"longitude","placeNameColumn":"place","municipalityColumn":null,"descriptionColumn":"description","precision":"POINT"}'
save_mapping_sql="insert into csv_mapping (organisation_id, name, settings_json, updated_at)
  select id, 'bench', '$mapping', current_timestamp from organisation where scb_code = '1460';"

# Runs the import command; prints the rate the command reports for its own work (parse, place, dedup,
# store), which leaves out the JVM's start.
import_rate() {
  local result
  result=$("$java_bin" -Xmx512m -jar "$jar" import --format csv --mapping bench --organisation 1460 "$csv" \
    --spring.datasource.url="$1" --spring.datasource.username="$2" --spring.datasource.password=)
  echo "$result" | head -n 3 >&2
  echo "$result" | sed -n 's/.* (\([0-9]*\) rows\/s).*/\1/p' | head -n 1
}

echo "== PostgreSQL"
$pg -c "drop database if exists lofte_bench with (force)" -c "create database lofte_bench"
"$java_bin" -jar "$jar" verify-revisions --spring.datasource.url="$pg_url" --spring.datasource.username=postgres \
  --spring.datasource.password= >/dev/null
$pg -d lofte_bench -c "$save_mapping_sql"
$pg -d lofte_bench -c "create table copy_peer (id text, category text, at timestamp, latitude double precision,
  longitude double precision, place text, description text)"
copy_ms=$($pg -d lofte_bench -c '\timing on' -c "\\copy copy_peer from '$csv' with (format csv, header)" \
  | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
copy_rate=$(awk -v r="$rows" -v ms="$copy_ms" 'BEGIN { printf "%d", r / (ms / 1000) }')
pg_rate=$(import_rate "$pg_url" postgres)

echo "== H2 (embedded file database)"
rm -rf "$out/h2"
"$java_bin" -jar "$jar" verify-revisions --spring.datasource.url="$h2_url" --spring.datasource.username=sa >/dev/null
"$java_bin" -cp "$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar | tail -n 1)" org.h2.tools.Shell \
  -url "$h2_url" -user sa -sql "$save_mapping_sql" >/dev/null
h2_rate=$(import_rate "$h2_url" sa)

echo
printf '%-52s %12s\n' "Run ($rows rows, $(nproc) cores)" "rows/s"
printf '%-52s %12s\n' "PostgreSQL COPY (psql \\copy into a plain table)" "$copy_rate"
printf '%-52s %12s  (%s%% of COPY)\n' "Löfte import into PostgreSQL" "$pg_rate" "$(( pg_rate * 100 / copy_rate ))"
printf '%-52s %12s\n' "Löfte import into H2" "$h2_rate"
