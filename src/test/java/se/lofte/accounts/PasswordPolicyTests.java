package se.lofte.accounts;

import org.junit.jupiter.api.Test;

import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private static final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.shipped());

    private static java.util.List<String> broken(String password, String... ownNames) {
        return policy.check(password, password, ownNames).stream().map(Problem::code).toList();
    }

    @Test
    void theShippedListHoldsAtLeastTenThousandPasswords() {
        assertThat(CommonPasswords.shipped().size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void twelveCharactersAreEnoughAndElevenAreNot() {
        assertThat(broken("sjötältkaffe")).isEmpty();
        assertThat(broken("sjötältkaff")).containsExactly("acc.password.tooShort");
        assertThat(policy.check("kort", "kort").getFirst().args()).containsExactly("12");
    }

    @Test
    void lengthCountsCharactersNotCodeUnits() {
        // Twelve emoji are 24 UTF-16 code units, eleven are 22: length is what a person counts.
        assertThat(broken("🌲".repeat(12))).isEmpty();
        assertThat(broken("🌲".repeat(11))).containsExactly("acc.password.tooShort");
    }

    @Test
    void atMostOneHundredTwentyEightCharacters() {
        assertThat(broken("ä".repeat(128))).isEmpty();
        assertThat(broken("ä".repeat(129))).containsExactly("acc.password.tooLong");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(broken("123qweasdzxc")).containsExactly("acc.password.common");
        assertThat(broken("QwertyQwerty")).containsExactly("acc.password.common");
        assertThat(broken("1Q2W3E4R5T6Y")).containsExactly("acc.password.common");
    }

    @Test
    void refusesTheOwnUsernameAndEmailAddress() {
        assertThat(broken("Anna.Andersson@bengtsfors.se", "anna.andersson@bengtsfors.se", "anna.andersson@bengtsfors.se"))
                .containsExactly("acc.password.ownName");
        assertThat(broken("administrator", "Administrator", null)).containsExactly("acc.password.ownName");
    }

    @Test
    void asksForNoDigitsCapitalsOrSymbols() {
        assertThat(broken("blåbärssylt och pannkakor")).isEmpty();
    }

    @Test
    void theSecondTypingMustMatch() {
        assertThat(policy.check("blåbärssylt och pannkakor", "blåbärssylt och pannkaka"))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("passwordRepeat", "acc.password.mismatch"));
    }
}
