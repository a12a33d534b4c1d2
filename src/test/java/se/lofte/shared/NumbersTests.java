package se.lofte.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTests {

    @Test
    void readsNumbersAsPeopleTypeThemWithEitherDecimalSign() {
        assertThat(Numbers.parse("18,5")).isEqualByComparingTo("18.5");
        assertThat(Numbers.parse(" 18.5 ")).isEqualByComparingTo("18.5");
        assertThat(Numbers.parse("1 250")).isEqualByComparingTo("1250");
        assertThat(Numbers.parse("1\u00a0250,75")).isEqualByComparingTo("1250.75");
        assertThat(Numbers.parse("1\u202f250")).isEqualByComparingTo("1250");
        assertThat(Numbers.parse(",5")).isEqualByComparingTo("0.5");
        assertThat(Numbers.parse("-3")).isEqualByComparingTo("-3");
    }

    @Test
    void refusesWhatIsNoNumber() {
        assertThat(Numbers.parse("tolv")).isNull();
        assertThat(Numbers.parse("1,2,3")).isNull();
        assertThat(Numbers.parse("1.000,5")).isNull();
        assertThat(Numbers.parse("1e5")).isNull();
        assertThat(Numbers.parse("")).isNull();
        assertThat(Numbers.parse(null)).isNull();
    }

    @Test
    void writesTheDecimalSignOfTheReadersLanguage() {
        assertThat(Numbers.of(new BigDecimal("18.50"), Locale.of("sv"))).isEqualTo("18,5");
        assertThat(Numbers.of(new BigDecimal("18.50"), Locale.ENGLISH)).isEqualTo("18.5");
        assertThat(Numbers.of(Numbers.parse(Numbers.of(new BigDecimal("1250.75"), Locale.of("sv"))), Locale.ENGLISH))
                .isEqualTo("1250.75");
    }
}
