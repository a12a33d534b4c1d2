package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import se.lofte.shared.FieldErrors;
import se.lofte.shared.MapTiles;
import se.lofte.situation.reports.PartOfDay;
import se.lofte.situation.reports.PlaceReports.PlaceChoices;
import se.lofte.situation.reports.ReportCategory;
import se.lofte.situation.reports.ReportInput;
import se.lofte.situation.reports.ReportingFor;

/**
 * The form that makes a place report or corrects one: where the person may report for and the one chosen, what
 * was typed (or is stored) with its problems, the parts of the day, the places and categories of the one chosen,
 * and the map's tiles. {@code where}, {@code input} and {@code places} are empty until a person who reports for
 * several has chosen where; {@code editId} is empty on the form that makes a new report.
 */
public record PlaceReportFormPage(List<ReportingFor> choices, Optional<ReportingFor> where, Optional<ReportInput> input,
                                  Optional<String> editId, FieldErrors errors, List<PartOfDay> partsOfDay, MapTiles tiles,
                                  Optional<PlaceChoices> places, List<ReportCategory> categories) {
}
