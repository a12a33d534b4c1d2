package se.lofte.surveys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveySettingsTests {

    @Test
    void aMinimumCellBelowThreeStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new SurveySettings(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lofte.surveys.minimum-cell");
        assertThat(new SurveySettings(3).minimumCell()).isEqualTo(3);
    }
}
