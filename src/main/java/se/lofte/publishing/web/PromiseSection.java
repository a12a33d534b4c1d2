package se.lofte.publishing.web;

/** The sections of the promise itself in its report, in the order a resident reads the promise. */
public enum PromiseSection implements ReportSection {
    SITUATION("situation", "section.situation"),
    COMMITMENTS("commitments", "section.commitments"),
    GOALS("goals", "section.goals"),
    PLACES("places", "section.focusPlaces"),
    FOLLOW_ALONG("follow", "section.followAlong"),
    SIGNATORIES("signed", "section.signatories"),
    RECORD("record", "report.record.heading");

    private final String id;
    private final String headingKey;

    PromiseSection(String id, String headingKey) {
        this.id = id;
        this.headingKey = headingKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String headingKey() {
        return headingKey;
    }
}
