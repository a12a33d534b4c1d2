package se.lofte.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedTests {

    @Test
    void aFieldThatWasNotSentReadsAsEmpty() {
        assertThat(Typed.text(null)).isEmpty();
    }

    @Test
    void theWhiteSpaceAroundTheTextIsDroppedAndTheSpacesInsideItKept() {
        // String.strip drops Unicode white space too, such as the em space a word processor may paste (U+2003).
        assertThat(Typed.text(" \t Storgatan  12\u2003\n")).isEqualTo("Storgatan  12");
        assertThat(Typed.text("   ")).isEmpty();
    }

    @Test
    void anOptionalFieldLeftEmptyOrBlankIsNone() {
        assertThat(Typed.orNull(null)).isNull();
        assertThat(Typed.orNull(" \t ")).isNull();
        assertThat(Typed.orNull(" sidan om trygghet ")).isEqualTo("sidan om trygghet");
    }

    @Test
    void aWholeNumberIsDigitsWithAtMostASignAndNothingElse() {
        assertThat(Typed.wholeNumber(" 42 ")).isEqualTo(42L);
        assertThat(Typed.wholeNumber("+7")).isEqualTo(7L);
        assertThat(Typed.wholeNumber("-3")).isEqualTo(-3L);
        assertThat(Typed.wholeNumber("007")).isEqualTo(7L);
        for (String other : new String[]{null, "", " ", "1e3", "12.0", "12,5", "0x1F", "12 000", "tolv", "1234567890123456789"}) {
            assertThat(Typed.wholeNumber(other)).as(other).isNull();
        }
    }

    @Test
    void anIntegerFieldRefusesWhatAnIntCannotHold() {
        assertThat(Typed.integer("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Typed.integer("2147483648")).isNull();
        assertThat(Typed.integer("-2147483649")).isNull();
        assertThat(Typed.integer(" 2026 ")).isEqualTo(2026);
    }

    @Test
    void aDecimalTakesACommaOrAPointButNoExponentAndNoWordForANumber() {
        assertThat(Typed.decimal("59,03")).isEqualTo(59.03);
        assertThat(Typed.decimal(" 59.03 ")).isEqualTo(59.03);
        assertThat(Typed.decimal("-12")).isEqualTo(-12.0);
        assertThat(Typed.decimal("1 000,5")).isEqualTo(1000.5);
        for (String other : new String[]{null, "", "1e3", "NaN", "Infinity", "1.000,5", "59°", "1" + "0".repeat(400)}) {
            assertThat(Typed.decimal(other)).as(other).isNull();
        }
    }
}
