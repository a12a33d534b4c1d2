package se.lofte.promises;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The canonical form and the hashes, pinned to values computed outside Java so they cannot drift. */
class RevisionHashingTests {

    private static final String SIGNATURES =
            "[{\"party\":{\"value\":1},\"signedBy\":\"Per Eriksson\",\"signedAt\":\"2019-02-15T09:00:00+01:00\"}]";
    private static final String EMPTY_OBJECT_SHA256 = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    @Test
    void sortsMembersAndDropsWhitespace() {
        assertThat(RevisionHashing.canonical("{ \"c\": {\"y\": 0, \"x\": 100},\n  \"a\": [true, null], \"b\": \"x\" }"))
                .isEqualTo("{\"a\":[true,null],\"b\":\"x\",\"c\":{\"x\":100,\"y\":0}}");
    }

    @Test
    void writesNumbersAsTheirExactPlainValue() {
        assertThat(RevisionHashing.canonical("[1.50, 1E+2, 5.0, -0.0, 0.1, 12345678901234567890.1234567890, -2e-3]"))
                .isEqualTo("[1.5,100,5,0,0.1,12345678901234567890.123456789,-0.002]");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(RevisionHashing.canonical("[\"å ä ö / \\u00e9 \\\" \\\\ \\n \\t \\u0001 \\u2028\"]"))
                .isEqualTo("[\"å ä ö / é \\\" \\\\ \\n \\t \\u0001 \u2028\"]");
    }

    @Test
    void refusesTextThatIsNotOneJsonValue() {
        assertThatThrownBy(() -> RevisionHashing.canonical("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RevisionHashing.canonical("{\"a\":1} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RevisionHashing.canonical("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesTheUtf8TextAsLowercaseHex() {
        assertThat(RevisionHashing.sha256("{}")).isEqualTo(EMPTY_OBJECT_SHA256);
        assertThat(RevisionHashing.contentSha256("{\"c\":{\"y\":0.0,\"x\":1e2},\"b\":1.50,\"a\":[true,null,\"å\\n\\u0001\"]}"))
                .isEqualTo("032c6bbafcea974b83f2efb36e27969f0f0a730761c54e429c19f7b73a8afed0");
    }

    @Test
    void theContentHashIgnoresFormattingButNotContent() {
        String stored = PromiseJson.write(PromiseFixtures.complete());
        String reformatted = RevisionHashing.canonical(stored).replace(",", " ,\n ");
        assertThat(RevisionHashing.contentSha256(reformatted)).isEqualTo(RevisionHashing.contentSha256(stored));
        assertThat(RevisionHashing.contentSha256(PromiseJson.write(PromiseFixtures.withTitle(PromiseFixtures.complete(),
                "Annan rubrik")))).isNotEqualTo(RevisionHashing.contentSha256(stored));
    }

    @Test
    void theRecordHashCoversTheInstantNotHowItIsWritten() {
        String expected = "b6cbe3d9f12f873b9a807b2106a332bd33a3ce748f1f02079f2e765ef701a9d7";
        String previous = "a".repeat(64);
        assertThat(record(OffsetDateTime.parse("2019-02-15T09:00:00+01:00"), "Sofia Magnusson", previous))
                .isEqualTo(expected);
        assertThat(record(OffsetDateTime.parse("2019-02-15T08:00:00Z"), "Sofia Magnusson", previous))
                .isEqualTo(expected);
        assertThat(record(OffsetDateTime.parse("2019-02-15T08:00:01Z"), "Sofia Magnusson", previous))
                .isNotEqualTo(expected);
        assertThat(record(OffsetDateTime.parse("2019-02-15T08:00:00Z"), "Sofia Magnusso", previous))
                .isNotEqualTo(expected);
        assertThat(record(OffsetDateTime.parse("2019-02-15T08:00:00Z"), "Sofia Magnusson", null))
                .isNotEqualTo(expected);
    }

    @Test
    void aFollowUpIsOneMoreMemberOfTheRecordAndEveryOtherRecordHashesAsBefore() {
        OffsetDateTime at = OffsetDateTime.parse("2019-02-15T08:00:00Z");
        String previous = "a".repeat(64);
        assertThat(RevisionHashing.recordSha256(new PromiseId(7), 2, at, "Sofia Magnusson", EMPTY_OBJECT_SHA256,
                SIGNATURES, previous, null)).isEqualTo(record(at, "Sofia Magnusson", previous));
        // Computed outside Java over the canonical record with the member "follow_up".
        assertThat(RevisionHashing.recordSha256(new PromiseId(7), 2, at, "Sofia Magnusson", EMPTY_OBJECT_SHA256,
                SIGNATURES, previous, "{\"year\": 2019, \"kind\": \"YEAR_END\", \"items\": [{\"verdict\":"
                        + " \"NOT_FULFILLED\", \"explanation\": \"Färre poliser.\"}]}"))
                .isEqualTo("f1da349fcb1bc9c4df2d0f60132984f4124d86c3c505094bc3594c58fc43a567");
    }

    private static String record(OffsetDateTime publishedAt, String publisher, String previous) {
        return RevisionHashing.recordSha256(new PromiseId(7), 2, publishedAt, publisher, EMPTY_OBJECT_SHA256,
                SIGNATURES, previous);
    }
}
