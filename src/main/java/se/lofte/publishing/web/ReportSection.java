package se.lofte.publishing.web;

/**
 * One section of a promise's report, in the order the document assembles them: its anchor (also the target of
 * the PDF's bookmark) and the message key of its heading. The promise's own sections are {@link PromiseSection};
 * a later part of the document (such as the joint follow-up) is another implementation, added to the list
 * {@link PromiseReports} assembles and given its branch in {@code publishing/report.jte}.
 */
public interface ReportSection {

    /** The section's id in the document: its anchor and bookmark target, unique within the report. */
    String id();

    /** The message key of its heading (an H2). */
    String headingKey();
}
