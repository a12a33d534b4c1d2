package se.lofte.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.lofte.shared.PersonalMentions.Kind;
import se.lofte.shared.PersonalMentions.Mention;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalMentionsTests {

    @ParameterizedTest
    @ValueSource(strings = {"070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567", "08-123 456 78",
            "0046 8 12345678", "0522-123 45"})
    void flagsSwedishPhoneNumbersAsResidentsWriteThem(String number) {
        assertThat(PersonalMentions.findIn("Ring mig på " + number + " om ni undrar."))
                .containsExactly(new Mention(Kind.PHONE_NUMBER, number));
    }

    @Test
    void leavesYearsTimesAndStreetNumbersAlone() {
        assertThat(PersonalMentions.findIn("Sedan 2019 står mopederna vid Storgatan 12 mellan 22.00 och 01.30, "
                + "ungefär 15 st varje kväll.")).isEmpty();
    }

    @Test
    void flagsAFirstNameWithTheSurnameAfterIt() {
        assertThat(PersonalMentions.findIn("Grannen Anna Svensson spelar hög musik."))
                .containsExactly(new Mention(Kind.NAME, "Anna Svensson"));
    }

    @Test
    void flagsAFirstNameAlone() {
        assertThat(PersonalMentions.findIn("Det är alltid Mohammed som kör för fort."))
                .containsExactly(new Mention(Kind.NAME, "Mohammed"));
    }

    @Test
    void flagsASurnameShapedPairWithoutAKnownFirstName() {
        assertThat(PersonalMentions.findIn("Det är familjen Tove Lindqvist på hörnet."))
                .containsExactly(new Mention(Kind.NAME, "Tove Lindqvist"));
    }

    @Test
    void leavesPlaceNamesAndOrdinaryWordsAlone() {
        assertThat(PersonalMentions.findIn("Stig längs Kyrkogatan mot Bengtsfors centrum är mörk. Bo inte där, "
                + "per natt passerar många bilar vid Nya Torget.")).isEmpty();
    }

    @Test
    void aCapitalisedPairAtTheStartOfASentenceIsNotTakenForAName() {
        assertThat(PersonalMentions.findIn("Vid ån. Norra Strandberg är mörkt.")).isEmpty();
    }

    @Test
    void emptyAndMissingTextHoldNothing() {
        assertThat(PersonalMentions.findIn(null)).isEmpty();
        assertThat(PersonalMentions.containsAny("   ")).isFalse();
    }
}
