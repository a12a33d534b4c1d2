package se.lofte.surveys;

/** Letters made at one time for a survey: how many, and how many of their codes have answered. */
public record LetterBatch(int batch, long letters, long answered) {
}
