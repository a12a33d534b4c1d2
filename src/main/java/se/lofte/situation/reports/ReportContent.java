package se.lofte.situation.reports;

/** A report as stored beside its incidents: the form's values and the name of the place they resolved to. */
public record ReportContent(ReportInput input, String placeLabel) {
}
