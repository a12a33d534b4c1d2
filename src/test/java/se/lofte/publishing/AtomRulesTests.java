package se.lofte.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed checks themselves: a check that never fails checks nothing. */
class AtomRulesTests {

    private static final String VALID = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
              <title>Exempel</title><id>tag:example.se,2026:all</id><updated>2026-11-27T10:00:00Z</updated>
              <link rel="self" href="https://example.se/flode.atom"/>
              <author><name>Löfte</name></author>
              <entry><title>Ett</title><id>tag:example.se,2026:1</id><updated>2026-11-27T10:00:00Z</updated>
                <link rel="alternate" type="text/html" href="https://example.se/1"/></entry>
            </feed>""";

    @Test
    void passesAValidFeed() {
        assertThat(AtomRules.problems(VALID)).isEmpty();
    }

    @Test
    void findsWhatTheSchemaForbids() {
        String noTitle = VALID.replace("<title>Exempel</title>", "");
        String badDate = VALID.replace("<updated>2026-11-27T10:00:00Z</updated>\n  <link", "<updated>igår</updated>\n  <link");

        assertThat(AtomRules.problems(noTitle)).singleElement().asString().startsWith("schema");
        assertThat(AtomRules.problems(badDate)).isNotEmpty().first().asString().startsWith("schema");
    }

    @Test
    void findsWhatOnlyTheRfcTextSays() {
        String twice = VALID.replace("tag:example.se,2026:1", "tag:example.se,2026:all");
        String orphan = VALID.replace("<author><name>Löfte</name></author>", "")
                .replace("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.se/1\"/>", "");
        String relative = VALID.replace("tag:example.se,2026:1", "entries/1");
        // xsd:dateTime, so the schema passes it, but RFC 3339 requires the zone.
        String noZone = VALID.substring(0, VALID.lastIndexOf("10:00:00Z")) + "10:00:00"
                + VALID.substring(VALID.lastIndexOf("10:00:00Z") + "10:00:00Z".length());

        assertThat(AtomRules.problems(twice)).containsExactly(
                "entry 1 (tag:example.se,2026:all): atom:id tag:example.se,2026:all appears twice in the document (§4.1.1, §4.2.6)");
        assertThat(AtomRules.problems(orphan)).containsExactlyInAnyOrder(
                "entry 1 (tag:example.se,2026:1) has no atom:author and neither has the feed (§4.1.2)",
                "entry 1 (tag:example.se,2026:1) has neither an alternate link nor atom:content (§4.1.2)");
        assertThat(AtomRules.problems(relative)).singleElement().asString().contains("not an absolute IRI");
        assertThat(AtomRules.problems(noZone)).singleElement().asString().contains("not an RFC 3339 date-time");
        assertThat(AtomRules.problems(VALID.replace("<link rel=\"self\" href=\"https://example.se/flode.atom\"/>", "")))
                .containsExactly("the feed has no link rel=\"self\" (§4.2.7.2 says it SHOULD)");
    }
}
