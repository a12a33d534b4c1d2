package se.lofte.shared;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Tests {

    /** SHA-256 of "abc": FIPS 180-2, Secure Hash Standard, Appendix B.1. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void textAndItsBytesHashAlike() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void aDigestFedInPartsGivesTheHashOfTheWhole() {
        var digest = Sha256.digest();
        digest.update((byte) 'a');
        digest.update("bc".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(ABC);
        assertThat(Sha256.digest()).isNotSameAs(Sha256.digest());
    }
}
