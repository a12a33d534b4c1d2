#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh. Stop Löfte first (every node, for PostgreSQL); start it again
# afterwards: on start Flyway checks the restored schema and brings it up to the jar's version. See
# docs/operations.md.
#
#   ops/restore.sh --h2 PATH [--replace] FILE.zip    embedded H2: PATH is the database file without .mv.db
#   ops/restore.sh --db NAME [--replace] [--owner ROLE] FILE.dump
#                                                    PostgreSQL: creates NAME and pg_restores into it;
#                                                    connection from PGHOST, PGPORT, PGUSER, PGPASSWORD
#
#   --replace     an existing database is moved aside first (H2: PATH.mv.db.before-<time>; PostgreSQL:
#                 renamed to NAME_before_<time>), never deleted; without it an existing one is an error
#   --owner ROLE  PostgreSQL: the role that owns the new database and everything restored into it (the
#                 role Löfte connects as; the user running the restore must be a member of it, as a
#                 superuser is); default the user running the restore
#   --jobs N      PostgreSQL: restore with N parallel jobs (tables and indexes at once; default 1)
#
# The backup's SHA-256 is checked against FILE.sha256 when that file is beside it.
set -euo pipefail
source "$(dirname "$0")/common.sh"

h2=
db=
replace=false
owner=
jobs=1
file=
while [ $# -gt 0 ]; do
  case $1 in
    --h2) h2=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --replace) replace=true; shift ;;
    --owner) owner=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [ -z "$file" ] || die "one backup file only"; file=$1; shift ;;
  esac
done
[ -n "$file" ] || die "which backup? (see --help)"
[ -f "$file" ] || die "no backup file $file"
[ -n "$h2" ] || [ -n "$db" ] || die "give --h2 PATH or --db NAME"
[ -n "$h2" ] && [ -n "$db" ] && die "give --h2 or --db, not both"
if [ -f "$file.sha256" ]; then
  [ "$(sha256_of "$file")" = "$(cut -d' ' -f1 "$file.sha256")" ] || die "$file does not match $file.sha256: damaged?"
  say "SHA-256 of $file matches $file.sha256"
fi
started=$(now_ms)
stamp=$(utc_stamp)

if [ -n "$h2" ]; then
  target="$h2.mv.db"
  entry=$(unzip -Z1 "$file" | grep '\.mv\.db$' || true)
  [ "$(wc -l <<<"$entry")" = 1 ] && [ -n "$entry" ] || die "$file is not an H2 backup of one database"
  if [ -e "$target" ]; then
    $replace || die "$target exists: stop Löfte and give --replace to move it aside"
    in_use "$target" && die "$target is open in a running process: stop Löfte first"
    mv "$target" "$target.before-$stamp"
    say "moved the database there aside to $target.before-$stamp"
  fi
  mkdir -p "$(dirname "$target")"
  unzip -p "$file" "$entry" > "$target.partial"
  mv "$target.partial" "$target"
  say "restored $target ($(size_of "$target") bytes) in $(seconds_since "$started") s"
else
  pg_restore --list "$file" > /dev/null || die "$file is not a pg_dump archive"
  aside=
  exists=$(psql -X -d postgres -Atc "select count(*) from pg_database where datname = '${db//\'/\'\'}'")
  if [ "$exists" = 1 ]; then
    $replace || die "database $db exists: stop Löfte and give --replace to rename it aside"
    aside="${db}_before_${stamp,,}"
    psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "alter database \"${db//\"/\"\"}\" rename to \"${aside//\"/\"\"}\"" \
      || die "could not rename $db aside: is Löfte (or anyone) still connected to it?"
    say "renamed the database $db aside to $aside"
  fi
  createdb -T template0 ${owner:+--owner="$owner"} "$db"
  pg_restore --exit-on-error --no-owner --jobs="$jobs" ${owner:+--role="$owner"} -d "$db" "$file" \
    || die "pg_restore failed: the database $db is incomplete${aside:+; the one before is $aside}"
  say "restored database $db in $(seconds_since "$started") s"
fi
