package se.lofte.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.lofte.shared.EmailAddresses.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTests {

    /** 254 characters: a 64-character local part and a domain of four labels. */
    private static final String LONGEST = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
            + "d".repeat(58) + ".se";

    @Test
    void takesEverydayAddressesAndTheLongestSmtpCarries() {
        assertThat(LONGEST).hasSize(254);
        for (String address : new String[] {"anna@example.se", "anna.andersson@bengtsfors.se", "Anna@Example.SE",
                "anna+lofte@kommun.example.se", "o'brien@example.co.uk", "x_y-z@sub.domain-with-hyphens.se",
                "!#$%&'*+/=?^_`{|}~-@example.se", "1@2.se", "a@b.c.d.e.se", "anna@xn--rksmrgs-5wao1o.se",
                "anna@example.museum", "a".repeat(64) + "@example.se", LONGEST}) {
            assertThat(EmailAddresses.flaw(address)).as(address).isEmpty();
            assertThat(EmailAddresses.isValid(address)).as(address).isTrue();
        }
    }

    @Test
    void namesWhatIsWrongWithAnAddressNoMailServerTakes() {
        Map<String, Flaw> refused = Map.ofEntries(
                Map.entry("a@example.se('((.(\",()", Flaw.DOMAIN),
                Map.entry("anna@localhost", Flaw.DOMAIN),
                Map.entry("anna@example", Flaw.DOMAIN),
                Map.entry("anna@example.se.", Flaw.DOMAIN),
                Map.entry("anna@.example.se", Flaw.DOMAIN),
                Map.entry("anna@example..se", Flaw.DOMAIN),
                Map.entry("anna@-example.se", Flaw.DOMAIN),
                Map.entry("anna@example-.se", Flaw.DOMAIN),
                Map.entry("anna@exa_mple.se", Flaw.DOMAIN),
                Map.entry("anna@192.0.2.1", Flaw.DOMAIN),
                Map.entry("anna@[192.0.2.1]", Flaw.DOMAIN),
                Map.entry("anna@räksmörgås.se", Flaw.DOMAIN),
                Map.entry("anna@" + "b".repeat(64) + ".se", Flaw.DOMAIN),
                Map.entry("anna", Flaw.FORM),
                Map.entry("anna@", Flaw.FORM),
                Map.entry("@example.se", Flaw.FORM),
                Map.entry("a@b@example.se", Flaw.FORM),
                Map.entry("", Flaw.FORM),
                Map.entry(".anna@example.se", Flaw.LOCAL_PART),
                Map.entry("anna.@example.se", Flaw.LOCAL_PART),
                Map.entry("an..na@example.se", Flaw.LOCAL_PART),
                Map.entry("\"anna\"@example.se", Flaw.LOCAL_PART),
                Map.entry("anna(kommentar)@example.se", Flaw.LOCAL_PART),
                Map.entry("åsa@example.se", Flaw.LOCAL_PART),
                Map.entry("a,b@example.se", Flaw.LOCAL_PART),
                Map.entry("a".repeat(65) + "@example.se", Flaw.LOCAL_PART_TOO_LONG),
                Map.entry("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(59) + ".se",
                        Flaw.TOO_LONG),
                Map.entry("anna på@example.se", Flaw.SPACE_OR_CONTROL),
                Map.entry("anna@example.se\r\nBcc: alla@example.se", Flaw.SPACE_OR_CONTROL),
                Map.entry("anna\u0000@example.se", Flaw.SPACE_OR_CONTROL),
                Map.entry("anna\t@example.se", Flaw.SPACE_OR_CONTROL),
                Map.entry("anna\u007f@example.se", Flaw.SPACE_OR_CONTROL),
                Map.entry("anna\u200b@example.se", Flaw.SPACE_OR_CONTROL),
                Map.entry("anna\u00a0@example.se", Flaw.SPACE_OR_CONTROL));
        refused.forEach((address, flaw) -> {
            assertThat(EmailAddresses.flaw(address)).as(address).hasValue(flaw);
            assertThat(EmailAddresses.isValid(address)).as(address).isFalse();
        });
        assertThat(EmailAddresses.flaw(null)).hasValue(Flaw.FORM);
    }

    @Test
    void aProblemNamesTheFieldAndTheLimitWhereThereIsOne() {
        assertThat(EmailAddresses.problem("email", "anna@example.se")).isEmpty();
        assertThat(EmailAddresses.problem("email", "anna@localhost"))
                .hasValue(Problem.of("email", "problem.email.domain"));
        assertThat(EmailAddresses.problem("email", "a".repeat(65) + "@example.se"))
                .hasValue(Problem.of("email", "problem.email.localPartTooLong", "64"));
        assertThat(EmailAddresses.problem("email", "a".repeat(250) + "@example.se"))
                .hasValue(Problem.of("email", "problem.email.tooLong", "254"));
    }
}
