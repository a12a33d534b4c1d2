package se.lofte.surveys;

/** An area of the municipality a resident can say they live in, and results are split by. */
public record District(long id, String name) {
}
