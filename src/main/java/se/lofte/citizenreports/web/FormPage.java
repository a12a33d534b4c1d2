package se.lofte.citizenreports.web;

import java.util.List;
import java.util.Optional;

import se.lofte.citizenreports.CitizenReportAddresses;
import se.lofte.citizenreports.District;
import se.lofte.citizenreports.PublicReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.organisations.Organisation;
import se.lofte.places.MapBounds;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.MapTiles;

/** What the report form and its "Samma sak?" step show. */
public record FormPage(Organisation municipality, ReportForm form, FieldErrors errors, boolean photoChosen,
                       List<ReportCategory> categories, List<District> districts, Optional<MapBounds> box,
                       MapTiles tiles, List<PublicReport> near) {

    public String action() {
        return CitizenReportAddresses.form(municipality.slug());
    }

    public List<String> partsOfDay() {
        return ReportForm.PARTS_OF_DAY;
    }

    public List<String> weekdays() {
        return ReportForm.WEEKDAYS;
    }

    public String reportAddress(PublicReport report) {
        return CitizenReportAddresses.report(municipality.slug(), report.id());
    }
}
