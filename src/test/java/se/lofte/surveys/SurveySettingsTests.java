package se.lofte.surveys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveySettingsTests {

    @Test
    void aMinimumCellBelowThreeStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new SurveySettings(2, 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lofte.surveys.minimum-cell");
        assertThat(new SurveySettings(3, 30).minimumCell()).isEqualTo(3);
    }

    @Test
    void noAnswersPerClientStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new SurveySettings(5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lofte.surveys.answers-per-client-per-hour");
    }

    @Test
    void aClientMayAnswerAnOpenLinkAsOftenAsTheSettingSaysAnHour() {
        var limits = new AnswerLimits(new SurveySettings(5, 3));
        var survey = new SurveyId(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take(survey, "192.0.2.10")).isTrue();
        }
        assertThat(limits.take(survey, "192.0.2.10")).isFalse();
        // Another client, or the same one at another survey, counts on its own; no client known is not limited.
        assertThat(limits.take(survey, "192.0.2.11")).isTrue();
        assertThat(limits.take(new SurveyId(2), "192.0.2.10")).isTrue();
        assertThat(limits.take(survey, null)).isTrue();
    }
}
