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

    @Test
    void linesBeginningWithADashMakeABulletedList() {
        String text = "Vi ska:\n- fler kontroller\n- bättre belysning\n  i parken\n\nSedan följer vi upp.";
        assertThat(Paragraphs.blocks(text)).containsExactly(new Paragraphs.Paragraph("Vi ska:"),
                new Paragraphs.BulletList(java.util.List.of("fler kontroller", "bättre belysning i parken")),
                new Paragraphs.Paragraph("Sedan följer vi upp."));
        assertThat(Paragraphs.html(text, null)).isEqualTo("<p>Vi ska:</p><ul class=\"text-list\"><li>fler kontroller</li>"
                + "<li>bättre belysning i parken</li></ul><p>Sedan följer vi upp.</p>");
    }

    @Test
    void aDashWithoutASpaceIsText() {
        assertThat(Paragraphs.html("-5 grader i natt.\n-\n–", null, "lead"))
                .isEqualTo("<p class=\"lead\">-5 grader i natt. - –</p>");
    }

    @Test
    void typedHtmlIsShownAsTypedAndNeverRendered() {
        String html = Paragraphs.html("<b>Viktigt</b> & <script>alert('x')</script>\n\n- <i>punkt</i>", "sv");
        assertThat(html).isEqualTo("<p lang=\"sv\">&lt;b&gt;Viktigt&lt;/b&gt; &amp; &lt;script&gt;alert(&#39;x&#39;)"
                + "&lt;/script&gt;</p><ul class=\"text-list\" lang=\"sv\"><li>&lt;i&gt;punkt&lt;/i&gt;</li></ul>");
        assertThat(html).doesNotContain("<script", "<b>", "<i>");
    }

    @Test
    void anEmptyTextIsNothing() {
        assertThat(Paragraphs.html(null, "sv")).isEmpty();
        assertThat(Paragraphs.html(" \n \n", "sv")).isEmpty();
    }
}
