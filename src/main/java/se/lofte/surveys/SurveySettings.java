package se.lofte.surveys;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lofte.surveys.minimum-cell}: the smallest number of answers a result cell shows (default 5). Below 3 a
 * cell could point at one or two households, so such a value stops the start.
 * {@code lofte.surveys.answers-per-client-per-hour}: how many answers one client (an IPv4 address, or an IPv6 /64)
 * may send to one survey's open link in an hour (default 50: a school class answering together shares one address);
 * a survey with one-time codes is limited by its codes instead. Below 1 it stops the start.
 */
@ConfigurationProperties("lofte.surveys")
public record SurveySettings(@DefaultValue("5") int minimumCell, @DefaultValue("50") int answersPerClientPerHour) {

    static final int LOWEST = 3;

    public SurveySettings {
        if (minimumCell < LOWEST) {
            throw new IllegalArgumentException("lofte.surveys.minimum-cell is " + minimumCell + ", but a result cell"
                    + " of fewer than " + LOWEST + " answers could point at a household: set it to " + LOWEST
                    + " or more");
        }
        if (answersPerClientPerHour < 1) {
            throw new IllegalArgumentException("lofte.surveys.answers-per-client-per-hour is " + answersPerClientPerHour
                    + ": set it to 1 or more");
        }
    }
}
