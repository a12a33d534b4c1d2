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
}
