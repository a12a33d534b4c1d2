package se.lofte.surveys;

/**
 * One result cell: how many gave the answer, their share of those who answered the question, and its 95 % Wilson
 * interval. A suppressed cell shows none of these (all null), as "fewer than" the minimum.
 */
public record Cell(Long count, Double share, Double low, Double high) {

    static final Cell SUPPRESSED = new Cell(null, null, null, null);

    public boolean suppressed() {
        return count == null;
    }
}
