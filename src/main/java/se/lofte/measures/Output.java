package se.lofte.measures;

import java.math.BigDecimal;

/** What a measure produced, as a number with its unit: "20 fordon kontrollerade" is 20 and "fordon kontrollerade". */
public record Output(BigDecimal quantity, String unit) {
}
