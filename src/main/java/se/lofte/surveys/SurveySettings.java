package se.lofte.surveys;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lofte.surveys.minimum-cell}: the smallest number of answers a result cell shows (default 5). Below 3 a
 * cell could point at one or two households, so such a value stops the start.
 */
@ConfigurationProperties("lofte.surveys")
public record SurveySettings(@DefaultValue("5") int minimumCell) {

    static final int LOWEST = 3;

    public SurveySettings {
        if (minimumCell < LOWEST) {
            throw new IllegalArgumentException("lofte.surveys.minimum-cell is " + minimumCell + ", but a result cell"
                    + " of fewer than " + LOWEST + " answers could point at a household: set it to " + LOWEST
                    + " or more");
        }
    }
}
