# Shared by ops/backup.sh, ops/restore.sh and ops/backup-roundtrip.sh (sourced, not run).

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The H2 settings Löfte opens its embedded database with; IFEXISTS so that a mistyped path is an error
# instead of a new, empty database.
h2_url() { printf 'jdbc:h2:file:%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE' "$1"; }

pg_url() { printf 'jdbc:postgresql://%s:%s/%s' "${PGHOST:-127.0.0.1}" "${PGPORT:-5432}" "$1"; }

# Löfte's packaged jar (it holds the H2 driver and the table digests): --jar, LOFTE_JAR or target/lofte-*.jar.
find_jar() {
  local jar=${1:-${LOFTE_JAR:-}}
  if [ -z "$jar" ]; then
    jar=$(ls -t "$(dirname "${BASH_SOURCE[0]}")"/../target/lofte-*.jar 2>/dev/null | head -n 1 || true)
  fi
  [ -n "$jar" ] && [ -f "$jar" ] || die "Löfte's jar not found: give --jar FILE (or build it: ./mvnw -q package -DskipTests)"
  printf '%s' "$jar"
}

# Runs a main class from inside Löfte's jar, with the jar's libraries on the class path.
run_in_jar() {
  local jar=$1 main=$2
  shift 2
  "$java_bin" -cp "$jar" -Dloader.main="$main" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

# Whether a running process has this file open (H2 serves one process: a database in use must not be
# replaced under it).
in_use() {
  local file fd
  file=$(realpath -m "$1")
  for fd in /proc/[0-9]*/fd/*; do
    [ "$(readlink "$fd" 2>/dev/null)" = "$file" ] && return 0
  done
  return 1
}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

size_of() { stat -c %s "$1"; }

utc_stamp() { date -u +%Y%m%dT%H%M%SZ; }

now_ms() { date +%s%3N; }

# Seconds since a now_ms reading, to a tenth.
seconds_since() {
  local ms=$(( $(now_ms) - $1 ))
  printf '%d.%d' $(( ms / 1000 )) $(( ms % 1000 / 100 ))
}

# One string field of a flat JSON object, as Löfte's actuator writes it.
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" <<<"$2"; }
