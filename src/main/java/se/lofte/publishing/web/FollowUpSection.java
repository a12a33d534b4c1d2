package se.lofte.publishing.web;

/**
 * The joint follow-up in a promise's report: the verdicts the parties published on its commitments and goals,
 * after the promise's own sections that they judge.
 */
public enum FollowUpSection implements ReportSection {
    FOLLOW_UP;

    @Override
    public String id() {
        return "followup";
    }

    @Override
    public String headingKey() {
        return "followup.public.heading";
    }
}
