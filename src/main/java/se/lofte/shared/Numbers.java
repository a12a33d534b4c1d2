package se.lofte.shared;

import java.math.BigDecimal;

/** Numbers as Swedes write them in running text. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * "3", "2,5": no trailing zeros, no exponent, a decimal comma, and no grouping that a screen reader would
     * stumble on; empty for no number.
     */
    public static String swedish(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
