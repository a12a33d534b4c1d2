package se.lofte.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class UiTests {

    @Test
    void theOtherLanguageKeepsWhatTheReaderChoseAndReplacesTheLanguage() {
        assertThat(ui("/medborgarloften", "lan=Sk%C3%A5ne+l%C3%A4n&ar=2019&lang=sv").inLanguage("en"))
                .isEqualTo("/medborgarloften?lan=Sk%C3%A5ne+l%C3%A4n&ar=2019&lang=en");
        assertThat(ui("/kommun/bengtsfors/medborgarlofte/2019", "lang=en&utskrift=1").inLanguage("sv"))
                .isEqualTo("/kommun/bengtsfors/medborgarlofte/2019?utskrift=1&lang=sv");
        assertThat(ui("/", null).inLanguage("en")).isEqualTo("/?lang=en");
        assertThat(ui("/", "lang").inLanguage("en")).isEqualTo("/?lang=en");
    }

    private static Ui ui(String path, String query) {
        return new Ui(Locale.of("sv"), new StaticMessageSource(), path, query, () -> "_csrf", () -> "", null, p -> p);
    }
}
