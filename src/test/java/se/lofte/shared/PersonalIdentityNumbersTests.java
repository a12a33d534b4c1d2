package se.lofte.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalIdentityNumbersTests {

    @ParameterizedTest
    @ValueSource(strings = {"121212-1212", "1212121212", "19121212-1212", "191212121212", "121212+1212",
            "811228-9874", "701063-2391"})
    void findsValidNumbersInEveryWrittenForm(String number) {
        assertThat(PersonalIdentityNumbers.findIn("Anmälan om " + number + ", se bilaga.")).containsExactly(number);
    }

    @Test
    void findsCoordinationNumbersWithDayPlusSixty() {
        // 701063-2391 is 1970-10-03 as a coordination number (day 03 + 60).
        assertThat(PersonalIdentityNumbers.containsAny("samordningsnummer 701063-2391")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"121212-1213", "121232-1212", "121312-1212", "20121212-1213", "17121212-1212"})
    void ignoresNumbersWithWrongCheckDigitOrImpossibleDate(String number) {
        assertThat(PersonalIdentityNumbers.findIn("nummer " + number)).isEmpty();
    }

    @Test
    void ignoresDigitsThatArePartOfLongerNumbers() {
        assertThat(PersonalIdentityNumbers.findIn("ärende 11212121212 och 1212121212345")).isEmpty();
    }

    @Test
    void acceptsLeapDayOnlyWhenSomeCenturyHasIt() {
        // 000229 exists (2000-02-29); 010229 does not exist in 1901 or 2001.
        assertThat(PersonalIdentityNumbers.findIn("000229-" + serialFor("000229"))).hasSize(1);
        assertThat(PersonalIdentityNumbers.findIn("010229-" + serialFor("010229"))).isEmpty();
    }

    @Test
    void findsEveryNumberInALongText() {
        assertThat(PersonalIdentityNumbers.findIn("A 121212-1212, B 19811228-9874 och 2025-06-07 7:32"))
                .containsExactly("121212-1212", "19811228-9874");
    }

    @Test
    void plainTextAndDatesPass() {
        assertThat(PersonalIdentityNumbers.findIn("Mötet 2019-02-15 kl 18.00, 40 kontroller, tel 0531-52 60 00"))
                .isEmpty();
        assertThat(PersonalIdentityNumbers.findIn(null)).isEmpty();
    }

    /** A serial with a correct check digit for the given date, computed independently of the class. */
    private static String serialFor(String date) {
        String nine = date + "123";
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return "123" + (10 - sum % 10) % 10;
    }
}
