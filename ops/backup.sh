#!/usr/bin/env bash
# Backs up Löfte's database into one file and writes its SHA-256 beside it (FILE.sha256). Every upload
# (promise pictures, measure attachments) lives in the database, so this file is the whole backup; see
# docs/operations.md.
#
#   ops/backup.sh [--out DIR] [--management URL]          embedded H2, Löfte running (the default)
#   ops/backup.sh [--out DIR] --h2 PATH [--jar FILE]       embedded H2, Löfte stopped
#   ops/backup.sh [--out DIR] --db NAME                    PostgreSQL
#
#   --management URL  Löfte's management port (default http://127.0.0.1:${LOFTE_MANAGEMENT_PORT:-8081}):
#                     POST /actuator/backup has Löfte run H2's BACKUP TO while it serves
#   --h2 PATH         the H2 database file without .mv.db (e.g. ./data/lofte); BACKUP TO through H2's
#                     JDBC driver from Löfte's jar (--jar FILE, LOFTE_JAR or target/lofte-*.jar)
#   --db NAME         pg_dump -Fc of database NAME; connection from PGHOST, PGPORT, PGUSER, PGPASSWORD
#   --out DIR         where the backup goes (default ./backups)
#
# Prints the backup file's path as the last line of its output; exits non-zero on any failure.
set -euo pipefail
source "$(dirname "$0")/common.sh"
# The backup holds personal data: readable by its owner only.
umask 077

out=./backups
management="http://127.0.0.1:${LOFTE_MANAGEMENT_PORT:-8081}"
h2=
db=
jar=
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --management) management=$2; shift 2 ;;
    --h2) h2=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[ -n "$h2" ] && [ -n "$db" ] && die "give --h2 or --db, not both"
mkdir -p "$out"
out=$(realpath "$out")
started=$(now_ms)

if [ -n "$db" ]; then
  file="$out/lofte-$db-$(utc_stamp).dump"
  say "pg_dump -Fc $db -> $file"
  pg_dump -Fc --file="$file.partial" "$db"
  mv "$file.partial" "$file"
elif [ -n "$h2" ]; then
  [ -f "$h2.mv.db" ] || die "no H2 database at $h2.mv.db"
  in_use "$h2.mv.db" && die "$h2.mv.db is open in a running process: back it up through --management"
  jar=$(find_jar "$jar")
  file="$out/lofte-$(utc_stamp).zip"
  say "BACKUP TO $file (H2 at $h2, through the driver in $jar)"
  said=$(run_in_jar "$jar" org.h2.tools.Shell -url "$(h2_url "$(realpath "$h2")")" -user "${LOFTE_DB_USER:-sa}" \
    -password "${LOFTE_DB_PASSWORD:-}" -sql "BACKUP TO '${file//\'/\'\'}'" 2>&1) || true
  [ -s "$file" ] || die "H2 wrote no backup: $said"
else
  say "POST $management/actuator/backup"
  answer=$(curl -sS --fail-with-body -X POST "$management/actuator/backup") \
    || die "the management port did not make a backup: ${answer:-no answer}"
  made=$(json_field file "$answer")
  made_sha=$(json_field sha256 "$answer")
  [ -f "$made" ] || die "Löfte wrote $made, which this machine does not see"
  [ "$(sha256_of "$made")" = "$made_sha" ] || die "$made does not have the SHA-256 Löfte reported"
  file="$out/$(basename "$made")"
  if [ "$(realpath "$made")" != "$file" ]; then
    cp "$made" "$file"
    rm -f "$made" || say "note: could not remove Löfte's own copy $made"
  fi
fi

(cd "$out" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
say "$(size_of "$file") bytes in $(seconds_since "$started") s, SHA-256 $(cut -d' ' -f1 "$file.sha256")"
printf '%s\n' "$file"
