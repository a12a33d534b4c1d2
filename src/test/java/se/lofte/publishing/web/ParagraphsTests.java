package se.lofte.publishing.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTests {

    @Test
    void aBlankLineStartsAParagraphAndASingleLineBreakIsASpace() {
        assertThat(Paragraphs.of("  Första stycket\nfortsätter här.\r\n \r\nAndra stycket.\n\n\n  Tredje.  "))
                .containsExactly("Första stycket fortsätter här.", "Andra stycket.", "Tredje.");
    }

    @Test
    void everyKindOfLineBreakCounts() {
        assertThat(Paragraphs.of("Ett\u2028två\u2029\u2029tre\u0085\u0085fyra")).containsExactly("Ett två", "tre", "fyra");
    }

    @Test
    void nothingToShowIsNoParagraph() {
        assertThat(Paragraphs.of(null)).isEmpty();
        assertThat(Paragraphs.of(" \n\n ")).isEmpty();
        assertThat(Paragraphs.of("En rad.")).containsExactly("En rad.");
    }
}
