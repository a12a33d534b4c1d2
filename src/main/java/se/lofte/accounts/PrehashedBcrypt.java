package se.lofte.accounts;

import java.text.Normalizer;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.lofte.shared.Sha256;

/**
 * bcrypt over the SHA-256 (hex) of the password, stored as {@code {bcrypt-sha256}}. bcrypt reads only the
 * first 72 bytes of its input, and Spring Security refuses to hash more, while people may choose
 * passwords of up to 128 characters (a Swedish letter takes two bytes). The digest is always 64 ASCII
 * bytes, so every character counts and bcrypt's slow, salted work is unchanged: the same scheme as
 * Django's {@code BCryptSHA256PasswordHasher}. The password is NFKC-normalised first (NIST SP 800-63B),
 * so "å" typed as one character or as a + ring matches.
 */
final class PrehashedBcrypt implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt;

    PrehashedBcrypt(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static String digest(CharSequence rawPassword) {
        String normalised = Normalizer.normalize(rawPassword, Normalizer.Form.NFKC);
        return Sha256.hex(normalised);
    }
}
