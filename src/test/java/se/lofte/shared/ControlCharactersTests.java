package se.lofte.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTests {

    @Test
    void theC0ControlsButTabAndLineBreaksDelAndTheC1ControlsAreControls() {
        for (char c = 0; c < 0x20; c++) {
            assertThat(ControlCharacters.isControl(c)).as(ControlCharacters.name(c))
                    .isEqualTo(c != '\t' && c != '\n' && c != '\r');
        }
        assertThat(ControlCharacters.isControl('\u007f')).isTrue();
        for (char c = 0x80; c <= 0x9f; c++) {
            assertThat(ControlCharacters.isControl(c)).as(ControlCharacters.name(c)).isTrue();
        }
    }

    @Test
    void theBidirectionalEmbeddingsOverridesAndIsolatesAndTheLastTwoNoncharactersAreRefusedToo() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFFFE\uFFFF".toCharArray()) {
            assertThat(ControlCharacters.isControl(c)).as(ControlCharacters.name(c)).isTrue();
        }
        assertThat(ControlCharacters.indexIn("faktura_\u202Efdp.exe")).isEqualTo(8);
        // The marks that only set a direction, and text in right-to-left scripts, stay text.
        assertThat(ControlCharacters.indexIn("\u200E\u200F\u061C مرحبا שלום")).isEqualTo(-1);
    }

    @Test
    void lettersPunctuationAndEmojiAreText() {
        String text = " ~Åsa, Ärla och Örjan\u00a0såg ÿ, Œ, — och 😀\u200b på sidan.";
        assertThat(ControlCharacters.indexIn(text)).isEqualTo(-1);
        assertThat(ControlCharacters.indexIn("rad ett\r\n\trad två")).isEqualTo(-1);
    }

    @Test
    void findsTheFirstAndNamesIt() {
        assertThat(ControlCharacters.indexIn("ab\u0000c\u001b")).isEqualTo(2);
        assertThat(ControlCharacters.name('\u0000')).isEqualTo("U+0000");
        assertThat(ControlCharacters.name('\u0085')).isEqualTo("U+0085");
    }

    @Test
    void writesEveryControlVisiblyLineBreaksIncludedSoThatALogLineCannotBeForged() {
        assertThat(ControlCharacters.visible("namn\u0000\n2026 INFO falsk"))
                .isEqualTo("namn[U+0000][U+000A]2026 INFO falsk");
        assertThat(ControlCharacters.visible("Åsa")).isEqualTo("Åsa");
    }
}
