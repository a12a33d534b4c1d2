#!/usr/bin/env bash
# Hotspots and kernel density, Löfte beside references (docs/performance.md, "Hotspots and kernel density").
#
#   ./mvnw -q package -DskipTests && bench/hotspots-bench.sh
#
# 1. Gi* on 99,856 grid cells (316 x 316 unit cells, Poisson counts with raised blocks, fixed seed), band 3
#    (29 neighbours with the cell itself): Löfte's `analyse hotspots` (cell centres as locations) and R's
#    spdep::localG with dnearneigh on the same CSV, each timed as a whole command and for the statistic alone
#    (Löfte's --timing; R's proc.time around dnearneigh, include.self, nb2listw and localG); then the largest
#    difference between their z-values.
# 2. Kernel density of 1,000,000 points on a 1,000 x 1,000 grid of 1 m cells (bandwidth 20 m), then the naive
#    sum (every point against every cell, bench/NaiveDensity.java) on the first SAMPLE points (default 200),
#    compared with Löfte's density of those points and extrapolated to all points.
# Needs R with spdep (Debian: r-cran-spdep). Files go to target/bench/hotspots.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(realpath "$(ls target/lofte-*.jar | head -n 1)")
out=$(realpath -m target/bench/hotspots)
sample=${SAMPLE:-200}
mkdir -p "$out"
# Runs a command timed by /usr/bin/time into the file $1: wall seconds, then user + system CPU seconds. On a
# shared machine the CPU time says more about the work than the wall time.
timed() { local file=$1; shift; /usr/bin/time -f '%e %U %S' -o "$file" "$@"; }
wall() { cut -d' ' -f1 "$1"; }
cpu() { awk '{ printf "%.2f", $2 + $3 }' "$1"; }

echo "Machine: $(nproc) cores; $(uptime)"

[ -f "$out/grid.csv" ] || Rscript -e '
  set.seed(316)
  g <- expand.grid(x = 0:315 + 0.5, y = 0:315 + 0.5)
  hot <- (g$x %/% 40) %% 3 == 1 & (g$y %/% 40) %% 3 == 1
  g$count <- rpois(nrow(g), ifelse(hot, 4, 2))
  write.csv(g, commandArgs(TRUE)[1], row.names = FALSE, quote = FALSE)' "$out/grid.csv"
echo "Grid: $(($(wc -l < "$out/grid.csv") - 1)) cells"

timed "$out/lofte.time" "$java_bin" -jar "$jar" analyse hotspots --input "$out/grid.csv" --x x --y y --value count --band 3 \
  --crs planar --timing > "$out/lofte-gistar.csv" 2> "$out/lofte-timing.txt"

cat > "$out/gistar.R" <<'R'
suppressMessages(library(spdep))
args <- commandArgs(TRUE)
g <- read.csv(args[1])
started <- proc.time()[["elapsed"]]
nb <- include.self(dnearneigh(cbind(g$x, g$y), 0, 3))
z <- as.numeric(localG(g$count, nb2listw(nb, style = "B")))
cat(sprintf("R statistic: %.2f s, dbscan kd-tree: %s\n", proc.time()[["elapsed"]] - started,
            requireNamespace("dbscan", quietly = TRUE)), file = stderr())
write.csv(data.frame(z = sprintf("%.17g", z)), args[2], row.names = FALSE, quote = FALSE)
R
# The same with the JIT's first tier only: for a run of a few seconds, compiling hot code with C2 costs more
# CPU than it saves.
timed "$out/lofte-c1.time" "$java_bin" -XX:TieredStopAtLevel=1 -jar "$jar" analyse hotspots --input "$out/grid.csv" \
  --x x --y y --value count --band 3 --crs planar --timing > "$out/lofte-gistar-c1.csv" 2> "$out/lofte-c1-timing.txt"
cmp -s "$out/lofte-gistar.csv" "$out/lofte-gistar-c1.csv" || { echo "C1-only output differs" >&2; exit 1; }
# The jar as Spring Boot advises deploying it (and as the fast start of the README runs it): extracted, so the JVM
# reads plain jars instead of Boot's launcher opening the jars nested in one (about 0.4 s of a short command).
rm -rf "$out/extracted"
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$out/extracted" >/dev/null
timed "$out/lofte-extracted.time" "$java_bin" -jar "$out/extracted/$(basename "$jar")" analyse hotspots \
  --input "$out/grid.csv" --x x --y y --value count --band 3 --crs planar --timing > "$out/lofte-gistar-extracted.csv" \
  2> "$out/lofte-extracted-timing.txt"
cmp -s "$out/lofte-gistar.csv" "$out/lofte-gistar-extracted.csv" || { echo "The extracted jar's output differs" >&2; exit 1; }

timed "$out/r.time" Rscript "$out/gistar.R" "$out/grid.csv" "$out/r-gistar.csv" 2> "$out/r-timing.txt"

difference=$(paste -d, <(cut -d, -f5 "$out/lofte-gistar.csv") "$out/r-gistar.csv" | awk -F, '
  NR > 1 { d = $1 - $2; if (d < 0) d = -d; if (d > max) max = d }
  END { printf "%.3g", max }')
printf '\nGi* on the grid, band 3:\n'
printf '  Löfte, whole command: %6.2f s wall, %6.2f s CPU   (%s)\n' "$(wall "$out/lofte.time")" \
  "$(cpu "$out/lofte.time")" "$(cat "$out/lofte-timing.txt")"
printf '  Löfte, -XX:TieredStopAtLevel=1: %6.2f s wall, %6.2f s CPU   (%s)\n' "$(wall "$out/lofte-c1.time")" \
  "$(cpu "$out/lofte-c1.time")" "$(cat "$out/lofte-c1-timing.txt")"
printf '  Löfte, extracted jar: %6.2f s wall, %6.2f s CPU   (%s)\n' "$(wall "$out/lofte-extracted.time")" \
  "$(cpu "$out/lofte-extracted.time")" "$(cat "$out/lofte-extracted-timing.txt")"
printf '  R,     whole script:  %6.2f s wall, %6.2f s CPU   (%s)\n' "$(wall "$out/r.time")" "$(cpu "$out/r.time")" \
  "$(cat "$out/r-timing.txt")"
printf '  R / Löfte: %.1f x wall, %.1f x CPU; max |z(Löfte) - z(R)| = %s\n' \
  "$(echo "$(wall "$out/r.time") / $(wall "$out/lofte.time")" | bc -l)" \
  "$(echo "$(cpu "$out/r.time") / $(cpu "$out/lofte.time")" | bc -l)" "$difference"
printf '  R / Löfte, extracted jar: %.1f x wall, %.1f x CPU\n' \
  "$(echo "$(wall "$out/r.time") / $(wall "$out/lofte-extracted.time")" | bc -l)" \
  "$(echo "$(cpu "$out/r.time") / $(cpu "$out/lofte-extracted.time")" | bc -l)"
printf '  R / Löfte with C1 only: %.1f x wall, %.1f x CPU\n' \
  "$(echo "$(wall "$out/r.time") / $(wall "$out/lofte-c1.time")" | bc -l)" \
  "$(echo "$(cpu "$out/r.time") / $(cpu "$out/lofte-c1.time")" | bc -l)"

[ -f "$out/points.csv" ] || Rscript -e '
  set.seed(1000000)
  n <- 1e6
  centres <- cbind(runif(40, 100, 900), runif(40, 100, 900))
  which <- sample(40, n, replace = TRUE)
  clustered <- runif(n) < 0.7
  x <- ifelse(clustered, centres[which, 1] + rnorm(n, 0, 30), runif(n, 20, 980))
  y <- ifelse(clustered, centres[which, 2] + rnorm(n, 0, 30), runif(n, 20, 980))
  x <- pmin(pmax(x, 20), 979.999)
  y <- pmin(pmax(y, 20), 979.999)
  write.csv(data.frame(x = round(x, 3), y = round(y, 3)), commandArgs(TRUE)[1], row.names = FALSE, quote = FALSE)' \
  "$out/points.csv"
points=$(($(wc -l < "$out/points.csv") - 1))
timed "$out/density.time" "$java_bin" -jar "$jar" analyse density --input "$out/points.csv" --x x --y y --cell 1 --bandwidth 20 \
  --crs planar --timing > "$out/lofte-density.csv" 2> "$out/lofte-density-timing.txt"
printf '\nKernel density, %d points, bandwidth 20:\n' "$points"
printf '  Löfte, whole command: %6.2f s wall, %6.2f s CPU   (%s; %d cells written)\n' \
  "$(wall "$out/density.time")" "$(cpu "$out/density.time")" "$(cat "$out/lofte-density-timing.txt")" \
  "$(($(wc -l < "$out/lofte-density.csv") - 1))"

head -n $((sample + 1)) "$out/points.csv" > "$out/sample.csv"
"$java_bin" -jar "$jar" analyse density --input "$out/sample.csv" --x x --y y --cell 1 --bandwidth 20 \
  --crs planar --timing > "$out/lofte-sample-density.csv" 2> "$out/lofte-sample-timing.txt"
naive=$("$java_bin" bench/NaiveDensity.java "$out/sample.csv" 20 "$out/lofte-sample-density.csv")
naive_seconds=$(echo "$naive" | sed -E 's/.* in ([0-9.]+) s.*/\1/')
printf '  Löfte on the first %d points: %s\n' "$sample" "$(cat "$out/lofte-sample-timing.txt")"
printf '  %s\n' "$naive"
printf '  naive extrapolated to %d points on those cells: %.0f s\n' "$points" \
  "$(echo "$naive_seconds * $points / $sample" | bc -l)"
