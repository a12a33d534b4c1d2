#!/usr/bin/env bash
# Proves a backup restores: digests every table of a database (row count and SHA-256 of its rows in
# primary-key order), backs it up with ops/backup.sh, wipes a scratch target, restores the backup there
# with ops/restore.sh, digests the target the same way and compares table by table. Prints each table's
# figures, the times and sizes, and PASS or FAIL (exit status 0 or 1). The source is only read; it must
# not change meanwhile (use a copy, or stop Löfte). See docs/operations.md.
#
#   ops/backup-roundtrip.sh --db NAME [--target NAME] [--jobs N] [--jar FILE] [--work DIR] [--keep]
#   ops/backup-roundtrip.sh --h2 PATH [--jar FILE] [--work DIR] [--keep]
#
#   --db NAME      a PostgreSQL database (PGHOST, PGPORT, PGUSER, PGPASSWORD; PGHOST a host name, default
#                  127.0.0.1); restored into --target (default NAME_roundtrip), which is dropped first
#                  and, unless --keep, at the end
#   --h2 PATH      a stopped embedded H2 database (the file without .mv.db); restored under WORK
#   --jobs N       parallel jobs for pg_restore (default 2)
#   --jar FILE     Löfte's jar, whose TableDigests and H2 driver are used (LOFTE_JAR or target/lofte-*.jar)
#   --work DIR     where the backup and the restored H2 database go (default a new directory under /tmp)
#   --keep         keep the backup, WORK and the restored database
set -euo pipefail
source "$(dirname "$0")/common.sh"
ops=$(dirname "$0")

db=
h2=
target=
jobs=2
jar=
work=
keep=false
while [ $# -gt 0 ]; do
  case $1 in
    --db) db=$2; shift 2 ;;
    --h2) h2=$2; shift 2 ;;
    --target) target=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[ -n "$db" ] || [ -n "$h2" ] || die "give --db NAME or --h2 PATH (see --help)"
[ -n "$db" ] && [ -n "$h2" ] && die "give --db or --h2, not both"
jar=$(find_jar "$jar")
work=${work:-$(mktemp -d /tmp/lofte-roundtrip.XXXXXX)}
mkdir -p "$work"
work=$(realpath "$work")

if [ -n "$db" ]; then
  target=${target:-${db}_roundtrip}
  [ "$target" != "$db" ] || die "the target must not be the source"
  source_url=$(pg_url "$db")
  target_url=$(pg_url "$target")
  user=${PGUSER:-$(id -un)}
  export LOFTE_DB_PASSWORD=${PGPASSWORD:-}
  database_size() { psql -X -d "$1" -Atc "select pg_database_size(current_database())"; }
else
  [ -f "$h2.mv.db" ] || die "no H2 database at $h2.mv.db"
  in_use "$h2.mv.db" && die "$h2.mv.db is open in a running process: stop Löfte (or copy the file) first"
  h2=$(realpath "$h2")
  restored="$work/restored/$(basename "$h2")"
  source_url=$(h2_url "$h2")
  target_url=$(h2_url "$restored")
  user=${LOFTE_DB_USER:-sa}
  database_size() { size_of "$1.mv.db"; }
fi
cleanup() {
  $keep && { say "kept: $work${db:+ and database $target}"; return; }
  [ -n "$db" ] && dropdb --if-exists "$target" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

digests() { run_in_jar "$jar" se.lofte.operations.TableDigests "$1" "$user"; }

say "digesting every table of ${db:-$h2}"
t=$(now_ms)
digests "$source_url" > "$work/before.tsv"
digest_before=$(seconds_since "$t")

t=$(now_ms)
if [ -n "$db" ]; then
  backup=$("$ops/backup.sh" --db "$db" --out "$work" | tail -n 1)
else
  backup=$("$ops/backup.sh" --h2 "$h2" --jar "$jar" --out "$work" | tail -n 1)
fi
backup_time=$(seconds_since "$t")

say "wiping the target"
if [ -n "$db" ]; then
  dropdb --if-exists "$target"
else
  rm -rf "$work/restored"
fi

t=$(now_ms)
if [ -n "$db" ]; then
  "$ops/restore.sh" --db "$target" --jobs "$jobs" "$backup"
else
  "$ops/restore.sh" --h2 "$restored" "$backup"
fi
restore_time=$(seconds_since "$t")

say "digesting every table of the restored database"
t=$(now_ms)
digests "$target_url" > "$work/after.tsv"
digest_after=$(seconds_since "$t")

printf '\n%-32s %12s %12s  %-16s  %s\n' table "rows before" "rows after" "SHA-256 before" result
failed=0
tables=0
rows=0
while IFS=$'\t' read -r name before_rows before_sha after_rows after_sha; do
  tables=$((tables + 1))
  if [ "$before_rows" = "$after_rows" ] && [ "$before_sha" = "$after_sha" ]; then
    result=same
    rows=$((rows + before_rows))
  else
    result=DIFFERENT
    failed=$((failed + 1))
  fi
  printf '%-32s %12s %12s  %-16s  %s\n' "$name" "${before_rows:--}" "${after_rows:--}" "${before_sha:0:16}" "$result"
done < <(LC_ALL=C join -t $'\t' -a 1 -a 2 -e '' -o 0,1.2,1.3,2.2,2.3 \
  <(LC_ALL=C sort "$work/before.tsv") <(LC_ALL=C sort "$work/after.tsv"))

if [ -n "$db" ]; then
  source_size=$(database_size "$db")
  target_size=$(database_size "$target")
else
  source_size=$(database_size "$h2")
  target_size=$(database_size "$restored")
fi
printf '\nsource %s: %s bytes; restored: %s bytes\n' "${db:-$h2}" "$source_size" "$target_size"
printf 'backup %s: %s bytes, SHA-256 %s\n' "$(basename "$backup")" "$(size_of "$backup")" "$(sha256_of "$backup")"
printf 'times (s): digest before %s, backup %s, restore %s, digest after %s\n' \
  "$digest_before" "$backup_time" "$restore_time" "$digest_after"
printf 'uploads: every upload is in the database (promise_image, measure_attachment); no other files to compare\n'
if [ "$failed" = 0 ] && [ "$tables" -gt 0 ]; then
  printf 'PASS: %d tables, %d rows, identical after the restore\n' "$tables" "$rows"
else
  printf 'FAIL: %d of %d tables differ\n' "$failed" "$tables"
  exit 1
fi
