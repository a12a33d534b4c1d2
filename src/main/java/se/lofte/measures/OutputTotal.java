package se.lofte.measures;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The sum of one unit's outputs of the measures of one day (a measure over a period counts on its last day). */
public record OutputTotal(LocalDate date, BigDecimal quantity) {
}
