package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import se.lofte.organisations.Organisation;
import se.lofte.shared.Problem;
import se.lofte.situation.reports.ReportSummary;
import se.lofte.situation.reports.WeeklyPicture;

/**
 * The place reports page: the person's own latest reports, whether they may report and edit categories, the
 * organisations whose weekly picture they may read with the one chosen and its picture of a week (with the
 * weeks around it), and the notice or refusal of the last change to a report. {@code chosen} and
 * {@code picture} are empty when the person reads no organisation's weekly picture.
 */
public record PlaceReportListPage(List<ReportSummary> mine, boolean mayReport, boolean mayEditCategories,
                                  List<Organisation> analysed, Optional<Organisation> chosen,
                                  Optional<WeeklyPicture> picture, String week, int weekNumber, String previousWeek,
                                  String nextWeek, Optional<String> notice, Optional<Problem> refusal) {
}
