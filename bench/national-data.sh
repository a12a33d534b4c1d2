#!/usr/bin/env bash
# The national data set for bench/http-bench.sh (DATASET=national), on PostgreSQL, loaded through Löfte's own
# paths. See docs/performance.md, "Public pages".
#
#   ./mvnw -B -q package -DskipTests && bench/national-data.sh        # SCALE=0.01 for a quick try
#
# 1. Extracts the jar (java -Djarmode=tools) and compiles bench/NationalDataSet.java against it: the loader is
#    a small program beside the product, not a product command, and uses the jar's own classes.
# 2. NationalDataSet organisations-and-promises boots the application and writes through the modules'
#    services: police areas and local police areas covering the 290 municipalities, then per municipality and
#    year 2017–2026 a promise created, signed and published (PromiseManagement), measures (MeasureManagement),
#    updates (ProgressUpdates) and an indicator (ProgressManagement).
# 3. NationalDataSet incidents writes one CSV per county (fixed seeds), and the product's `import` command
#    imports them, one command per police region with a CSV mapping saved for it, each county's file a job.
#
# SCALE (default 1) scales the number of municipalities with promises (290) and of incidents (5,000,000).
# NATIONAL_DB (default lofte_national) is the database; RESET=1 drops it first. Without RESET a run carries on:
# published promises are kept, imported regions (marker files in target/bench/national/) are skipped, and
# importing a file again adds nothing (the import's dedup key).
set -euo pipefail
# Löfte needs its public address to start; links in mails are not followed here.
export LOFTE_BASE_URL=${LOFTE_BASE_URL:-http://localhost:8080}
cd "$(dirname "$0")/.."

scale=${SCALE:-1}
db=${NATIONAL_DB:-lofte_national}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=$(ls target/lofte-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { echo "No target/lofte-*.jar: build it first (./mvnw -B -q package -DskipTests)" >&2; exit 2; }
out=target/bench/national
pg="psql -X -q -h 127.0.0.1 -U postgres"
db_args=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres
  --spring.datasource.password=)
rows=$(awk -v s="$scale" 'BEGIN { printf "%d", 5000000 * s }')
started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started)) s"; }

if [ "${RESET:-0}" = 1 ]; then
  $pg -c "drop database if exists $db with (force)"
  rm -rf "$out"
fi
mkdir -p "$out"
if [ "$(cat "$out/scale" 2>/dev/null || echo "$scale")" != "$scale" ]; then
  echo "$db was loaded at SCALE=$(cat "$out/scale"); use RESET=1 to load SCALE=$scale" >&2
  exit 2
fi
echo "$scale" >"$out/scale"
$pg -tA -c "select 1 from pg_database where datname = '$db'" | grep -q 1 || $pg -c "create database $db"

echo "== Compiling the loader against $jar"
rm -rf "$out/app" "$out/classes"
"$java_home/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$out/app" >/dev/null
app_jar=$(ls "$out"/app/*.jar | head -n 1)
"$java_home/bin/javac" -nowarn -d "$out/classes" -cp "$app_jar" bench/NationalDataSet.java
cp="$app_jar:$out/classes"

echo "== Organisations and promises (SCALE=$scale) into $db"
SCALE=$scale "$java_home/bin/java" -Xmx1g -cp "$cp" NationalDataSet organisations-and-promises "${db_args[@]}"
echo "   ($(elapsed))"

echo "== Incidents: $rows rows in one file per county"
if [ ! -f "$out/incidents/done-$rows" ]; then
  rm -rf "$out/incidents"
  "$java_home/bin/java" -cp "$cp" NationalDataSet incidents "$out/incidents" "$rows"
  touch "$out/incidents/done-$rows"
fi
echo "   ($(elapsed))"

# The column mapping, as a police region would save it on the import page; the municipality column carries
# the municipality's name, which the import turns into its SCB code.
mapping='{"separator":"COMMA","encoding":"UTF_8","idColumn":"id","categoryColumn":"category","fixedCategory":null,"dateColumn":"time","timeColumn":null,"datePattern":"yyyy-MM-dd HH:mm","timeZone":"Europe/Stockholm","coordinateSystem":"WGS84","northColumn":"latitude","eastColumn":"longitude","placeNameColumn":"place","municipalityColumn":"municipality","descriptionColumn":"description","precision":"POINT"}'
declare -A counties=([Stockholm]="01 09" [Mitt]="03 19 21" [Öst]="04 05 06" [Syd]="07 08 10 12" [Väst]="13 14"
  [Bergslagen]="17 18 20" [Nord]="22 23 24 25")
for region in Stockholm Mitt Öst Syd Väst Bergslagen Nord; do
  if [ -f "$out/imported-$region-$rows" ]; then
    echo "== Polisregion $region: imported before"
    continue
  fi
  id=$($pg -d "$db" -tA -c "select id from organisation where kind = 'POLICE_REGION' and name = 'Polisregion $region'")
  $pg -d "$db" -c "delete from csv_mapping where organisation_id = $id and name = 'national'" \
    -c "insert into csv_mapping (organisation_id, name, settings_json, updated_at)
        values ($id, 'national', '$mapping', current_timestamp)"
  files=()
  for county in ${counties[$region]}; do
    files+=("$out/incidents/incidents-$county.csv")
  done
  echo "== Polisregion $region (organisation $id): ${files[*]}"
  # The command prints a line per file (and one per rejected row, left out here; the whole is in the log).
  set +e +o pipefail
  "$java_home/bin/java" -Xmx1g -jar "$jar" import --format csv --mapping national --organisation "$id" \
    --source national "${files[@]}" "${db_args[@]}" 2>&1 | tee "$out/import-$region.log" | grep -v '^  line '
  status=${PIPESTATUS[0]}
  set -e -o pipefail
  [ "$status" = 0 ] && touch "$out/imported-$region-$rows" || echo "   import exited with $status; see $out/import-$region.log"
  echo "   ($(elapsed); $($pg -d "$db" -tA -c "select count(*) from incident") incidents in $db)"
done

$pg -d "$db" -c "analyze"
echo "== $db: $($pg -d "$db" -tA -c "select count(*) from promise") promises," \
  "$($pg -d "$db" -tA -c "select count(*) from measure") measures," \
  "$($pg -d "$db" -tA -c "select count(*) from incident") incidents, $(elapsed) in all"
