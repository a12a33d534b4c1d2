# Reference values for Löfte's Getis-Ord Gi and Gi* (se.lofte.analysis.GetisOrdReferenceTests).
# Run from this directory: Rscript make-reference.R /work/shared/data/police-uk-city-of-london-2019-01.csv
# Needs R with spdep and spData (Debian: apt-get install r-cran-spdep r-cran-spdata).
# Writes into the parent directory (src/test/resources/analysis):
#   <set>-input.csv               the planar input the Java test reads (x, y, value), 17 significant digits
#   <set>-<statistic>-<band>.csv  per location: its x, y and value, spdep's z, the two-sided normal p and
#                                 p.adjust(p, "BH")
# Weights: binary (style "B") from dnearneigh(coords, 0, band): j is i's neighbour when 0 <= d <= band, the
# bound included (spdep's default bounds = c("GE", "LE")); Gi* adds i itself with include.self().
suppressMessages({
  library(spdep)
  library(spData)
})
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 1)
out <- ".."
digits <- function(v) sprintf("%.17g", v)

write_input <- function(name, x, y, value) {
  write.csv(data.frame(x = digits(x), y = digits(y), value = digits(value)),
            file.path(out, paste0(name, "-input.csv")), row.names = FALSE, quote = FALSE)
}

reference <- function(name, x, y, value, bands, statistics = c("gi", "gi-star")) {
  coords <- cbind(x, y)
  for (band in bands) {
    nb <- dnearneigh(coords, 0, band)
    for (statistic in statistics) {
      weights <- if (statistic == "gi") nb else include.self(nb)
      z <- as.numeric(localG(value, nb2listw(weights, style = "B", zero.policy = TRUE), zero.policy = TRUE))
      p <- 2 * pnorm(abs(z), lower.tail = FALSE)
      write.csv(data.frame(x = digits(x), y = digits(y), value = digits(value), z = digits(z), p = digits(p), p_fdr = digits(p.adjust(p, "BH"))),
                file.path(out, sprintf("%s-%s-%s.csv", name, statistic, band)), row.names = FALSE, quote = FALSE)
    }
  }
}

# (a) Getis and Ord (1996), remote sensing values on a 16 x 16 grid of 30 m cells (spData's getisord).
data(getisord, package = "spData")
write_input("getisord", go_xyz$x, go_xyz$y, go_xyz$val)
reference("getisord", go_xyz$x, go_xyz$y, go_xyz$val, c(30, 60, 90))

# (b) One month of City of London Police street-level crime (data.police.uk, January 2019). Projected to a
# local equirectangular plane in metres around 51.5 N, 0.1 W (the sphere of radius 6,371,000 m): enough
# for a test of the same planar input on both sides. Rows without coordinates are left out.
police <- read.csv(args[1], stringsAsFactors = FALSE, check.names = FALSE)
police <- police[!is.na(police$Longitude) & !is.na(police$Latitude), ]
radius <- 6371000
x <- radius * (police$Longitude - -0.1) * pi / 180 * cos(51.5 * pi / 180)
y <- radius * (police$Latitude - 51.5) * pi / 180
write_input("london-points", x, y, rep(1, length(x)))
#   (b1) the points as locations: coincident points are one location whose value is their number, in order
#        of first appearance, as the command does without --cell.
key <- paste(digits(x), digits(y))
first <- !duplicated(key)
counts <- as.numeric(table(factor(key, levels = key[first])))
reference("london-locations", x[first], y[first], counts, c(200))
#   (b2) counted in 100 m cells aligned to multiples of 100, every cell of the rectangle from the smallest to
#        the largest occupied one, row by row from the south-west, at the cell centres (as --cell 100 does).
size <- 100
column <- floor(x / size)
row <- floor(y / size)
columns <- seq(min(column), max(column))
rows <- seq(min(row), max(row))
cells <- expand.grid(column = columns, row = rows)
cells$value <- 0
at <- (row - min(row)) * length(columns) + (column - min(column)) + 1
for (i in at) cells$value[i] <- cells$value[i] + 1
# Most of the 8,775 cells are empty (a few incidents lie 10 km out), so only Gi* is kept for them.
reference("london-cells", (cells$column + 0.5) * size, (cells$row + 0.5) * size, cells$value, c(300), "gi-star")

# (c) Generated with a fixed seed: 400 points spread over 1 km with exponential values, and a 40 x 40 grid
# of Poisson counts with a raised block (unit cells, so distances 1, 2 and 3 fall exactly on the band).
set.seed(20261207)
gx <- runif(400, 0, 1000)
gy <- runif(400, 0, 1000)
gv <- rexp(400, 1 / 5)
write_input("random-points", gx, gy, gv)
reference("random-points", gx, gy, gv, c(150))
grid <- expand.grid(x = 0:39 + 0.5, y = 0:39 + 0.5)
grid$value <- rpois(nrow(grid), ifelse(grid$x > 10 & grid$x < 18 & grid$y > 20 & grid$y < 30, 6, 2))
write_input("poisson-grid", grid$x, grid$y, grid$value)
reference("poisson-grid", grid$x, grid$y, grid$value, c(2, 3))
