# Sourced by the benchmarks that start Löfte again and again (startup-bench.sh, jit-bench.sh): a temporary
# directory for their databases and logs, removed at exit together with a still running Löfte, and the helpers
# both time with.

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# An H2 file database in directory $1, with the settings of the default address in application.properties:
# without DB_CLOSE_ON_EXIT=FALSE H2's own shutdown hook closes the database while Spring is still stopping, and
# the stop logs a failed connection.
h2() { echo "jdbc:h2:file:$1/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;DB_CLOSE_ON_EXIT=FALSE"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
