package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The indicator's value as it stood on a day. */
public record ProgressPoint(LocalDate date, BigDecimal value) {
}
