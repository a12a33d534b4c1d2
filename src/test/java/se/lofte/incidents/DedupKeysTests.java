package se.lofte.incidents;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.ParsedIncident;
import se.lofte.incidents.sources.Parsers;
import se.lofte.places.PlacePrecision;

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

    @Test
    void anIdRepeatedWithinAFileIsNumberedFromItsSecondRowAndTheSameFileGivesTheSameKeysAgain() {
        List<String> ids = List.of("B-1", " B-1", "B-2", "B-1 ", "B-2");
        List<String> expected = List.of("i:B-1", "i2:B-1", "i:B-2", "i3:B-1", "i2:B-2");

        assertThat(ids.stream().map(id -> keys.of(row(id, "Stöld"))).toList()).isEqualTo(expected);
        var again = new DedupKeys();
        assertThat(ids.stream().map(id -> again.of(row(id, "Stöld"))).toList()).isEqualTo(expected);
    }

    @Test
    void aRepeatedIdKeepsItsNumberWhateverElseTheRowSays() {
        // A later download of the same month may carry another outcome: the row is still the same crime.
        assertThat(keys.of(row("B-1", "Stöld"))).isEqualTo("i:B-1");
        assertThat(keys.of(row("B-1", "Rån"))).isEqualTo("i2:B-1");
    }

    @Test
    void aNumberedKeyNeverMeetsAnIdKeyOrAHash() {
        // "i:2:B" is the key of the id "2:B"; "i2:B" the key of the second row with the id "B".
        assertThat(keys.ofSourceId("2:B")).isEqualTo("i:2:B");
        assertThat(keys.ofSourceId("B", 2)).isEqualTo("i2:B");
        assertThat(keys.ofSourceId("B#2")).isNotEqualTo(keys.ofSourceId("B", 2));
        // Numbered keys too long for the column are hashed apart from the hash of the id alone.
        String policeUkId = "ec39af348769fda27ea9124da141e914741fdab310705a90e19d67a909c30c28";
        String first = keys.ofSourceId(policeUkId);
        String second = keys.ofSourceId(policeUkId, 2);
        assertThat(first).isEqualTo(sha256Hex(policeUkId));
        assertThat(second).matches("[0-9a-f]{64}").isNotEqualTo(first).isNotEqualTo(keys.ofSourceId(policeUkId, 3));
        String sixtyOne = "y".repeat(61);
        assertThat(keys.ofSourceId(sixtyOne, 9)).isEqualTo("i9:" + sixtyOne).hasSize(64);
        assertThat(keys.ofSourceId(sixtyOne, 10)).matches("[0-9a-f]{64}");
    }

    /**
     * The police.uk sample (data.police.uk, City of London Police, January 2019) has 617 rows and four Crime IDs
     * given to two rows each, with other places and outcomes: every row gets a key of its own, and the first row
     * of each id keeps the key it always had.
     */
    @Test
    void everyRowOfThePoliceUkSampleHasAKeyOfItsOwn() throws Exception {
        List<ParsedIncident> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ImportFiles.POLICE_UK)) {
            Parsers.forFormat(ImportFormat.POLICE_UK, null).parse(in, row -> rows.add((ParsedIncident) row));
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> keysOfFirstRows = new ArrayList<>();
        List<String> keysAsBefore = new ArrayList<>();
        var distinct = new HashSet<String>();
        for (ParsedIncident row : rows) {
            String key = keys.of(row);
            distinct.add(key);
            if (row.sourceId() != null && seen.merge(row.sourceId(), 1, Integer::sum) == 1) {
                keysOfFirstRows.add(key);
                keysAsBefore.add(new DedupKeys().ofSourceId(row.sourceId()));
            }
        }

        assertThat(rows).hasSize(617);
        assertThat(distinct).hasSize(617);
        assertThat(seen.values().stream().filter(n -> n == 2)).hasSize(4);
        assertThat(keysOfFirstRows).isEqualTo(keysAsBefore);
    }

    private static ParsedIncident row(String sourceId, String category) {
        return new ParsedIncident(1, sourceId, category, OffsetDateTime.parse("2019-01-01T00:00Z"), null,
                PlacePrecision.AREA, null, null, null, null, null, null);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
