package se.lofte.citizenreports;

/** A district (an area of the municipality) a resident may choose as the place of a report. */
public record District(long id, String name) {
}
