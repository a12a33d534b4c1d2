package se.lofte.accounts;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTests {

    private final PasswordEncoder passwords = new SecurityConfiguration().passwordEncoder();

    @Test
    void newHashesAreBcryptWithStrengthTwelveOverTheDigest() {
        assertThat(passwords.encode("blåbärssylt och pannkakor")).startsWith("{bcrypt-sha256}$2a$12$");
    }

    @Test
    void everyOneOfOneHundredTwentyEightCharactersCounts() {
        // Plain bcrypt would see only the first 72 bytes, which "å" fills after 36 characters.
        String longest = "å".repeat(127) + "a";
        String hash = passwords.encode(longest);

        assertThat(passwords.matches(longest, hash)).isTrue();
        assertThat(passwords.matches("å".repeat(127) + "b", hash)).isFalse();
    }

    @Test
    void aLetterTypedAsOneCharacterOrAsLetterAndAccentMatches() {
        String composed = Normalizer.normalize("blåbärssylt", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("blåbärssylt", Normalizer.Form.NFD);
        assertThat(composed).isNotEqualTo(decomposed);

        assertThat(passwords.matches(decomposed, passwords.encode(composed))).isTrue();
    }

    @Test
    void hashesStoredAsPlainBcryptKeepWorkingAndAreUpgraded() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("test-admin-password");

        assertThat(passwords.matches("test-admin-password", old)).isTrue();
        assertThat(passwords.matches("wrong-password", old)).isFalse();
        assertThat(passwords.upgradeEncoding(old)).isTrue();
        assertThat(passwords.upgradeEncoding(passwords.encode("test-admin-password"))).isFalse();
    }
}
