package se.lofte.shared;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTests {

    private static final String HOSTILE = "x\"><b class=INJ>i<img src=x onerror=alert(1)>'&";

    @Test
    void textWrittenIntoAnAttributeOrAnElementStaysText() {
        var page = Jsoup.parse("<p id=\"" + Markup.escape(HOSTILE) + "\" title='" + Markup.escape(HOSTILE) + "'>"
                + Markup.escape(HOSTILE) + "</p>");
        assertThat(page.select("b, img, [onerror]")).isEmpty();
        assertThat(page.select("p")).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(HOSTILE);
            assertThat(p.attr("title")).isEqualTo(HOSTILE);
            assertThat(p.text()).isEqualTo(HOSTILE);
        });
    }

    @Test
    void escapesTheFiveCharactersAndNothingElse() {
        assertThat(Markup.escape("<>&\"'")).isEqualTo("&lt;&gt;&amp;&quot;&#39;");
        assertThat(Markup.escape("Mål 5 – 2019")).isEqualTo("Mål 5 – 2019");
        assertThat(Markup.escape(null)).isEmpty();
    }

    @Test
    void charactersXmlForbidsAreWrittenAsTheReplacementCharacter() {
        assertThat(Markup.xmlCharacters("a\u0001b\uFFFFc\uFFFEd\uD800e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(Markup.xmlCharacters("lone low \uDC00 at the end \uD83D")).isEqualTo("lone low \uFFFD at the end \uFFFD");
    }

    @Test
    void textXmlAllowsIsKeptAsItIs() {
        String text = "Åsa\t😀\r\n<b>&\uFFFD\u0085\uE000";
        assertThat(Markup.xmlCharacters(text)).isSameAs(text);
        assertThat(Markup.xmlCharacters(null)).isNull();
    }
}
