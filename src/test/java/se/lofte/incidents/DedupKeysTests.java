package se.lofte.incidents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DedupKeysTests {

    private final DedupKeys keys = new DedupKeys();

    @Test
    void aSourceIdIsItsOwnKeyWithoutSurroundingSpace() {
        assertThat(keys.ofSourceId("  B-1234\t")).isEqualTo("i:B-1234");
    }

    @Test
    void anIdTooLongForTheColumnIsHashedAndCannotMeetAnIdKey() {
        String longest = "x".repeat(62);
        assertThat(keys.ofSourceId(longest)).isEqualTo("i:" + longest).hasSize(64);
        String key = keys.ofSourceId(longest + "y");
        assertThat(key).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(keys.isIdKey(key)).isFalse();
    }
}
