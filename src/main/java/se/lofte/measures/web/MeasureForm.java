package se.lofte.measures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasurePlace;
import se.lofte.measures.MeasureView;
import se.lofte.measures.Output;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.shared.Numbers;
import se.lofte.shared.Problem;

/**
 * The measure form as posted: every field as text, so that what was typed comes back unchanged when
 * something is refused. {@code place} is one token: empty, {@code point}, or {@code f:3}, {@code a:12},
 * {@code s:7} for a focus place, area or street segment.
 */
public class MeasureForm {

    /** Empty output rows offered below the filled ones, so more can be added without JavaScript. */
    static final int SPARE_ROWS = 2;

    private List<String> commitments = new ArrayList<>();
    private String start = "";
    private String end = "";
    private String place = "";
    private String latitude = "";
    private String longitude = "";
    private String responsible = "";
    private String kind = "";
    private List<OutputRow> outputs = new ArrayList<>();
    private String description = "";
    private String publicFrom = "";
    private boolean areaOnly;
    private List<Long> removeAttachments = new ArrayList<>();

    /** One output row of the form. */
    public static class OutputRow {
        private String quantity = "";
        private String unit = "";

        public OutputRow() {
        }

        OutputRow(String quantity, String unit) {
            this.quantity = quantity;
            this.unit = unit;
        }

        public String getQuantity() {
            return quantity;
        }

        public void setQuantity(String quantity) {
            this.quantity = quantity == null ? "" : quantity;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit == null ? "" : unit;
        }
    }

    static MeasureForm blank(String today) {
        MeasureForm form = new MeasureForm();
        form.start = today;
        form.withSpareRows();
        return form;
    }

    static MeasureForm of(MeasureView m, Locale locale) {
        MeasureForm form = new MeasureForm();
        form.commitments = new ArrayList<>(m.commitmentKeys());
        form.start = m.start().toString();
        form.end = m.end().equals(m.start()) ? "" : m.end().toString();
        form.place = switch (m.place()) {
            case MeasurePlace.Nowhere n -> "";
            case MeasurePlace.AtPoint p -> "point";
            case MeasurePlace.AtFocusPlace f -> "f:" + f.id();
            case MeasurePlace.InArea a -> "a:" + a.id();
            case MeasurePlace.OnSegment s -> "s:" + s.id();
        };
        if (m.place() instanceof MeasurePlace.AtPoint p) {
            form.latitude = Double.toString(p.latitude());
            form.longitude = Double.toString(p.longitude());
        }
        form.responsible = Long.toString(m.responsible().value());
        form.kind = m.kind() == null ? "" : m.kind().code();
        for (Output output : m.outputs()) {
            form.outputs.add(new OutputRow(Numbers.of(output.quantity(), locale), output.unit()));
        }
        form.description = m.description();
        form.publicFrom = m.publicFrom() == null ? "" : m.publicFrom().toString();
        form.areaOnly = m.areaOnly();
        form.withSpareRows();
        return form;
    }

    /** Keeps the filled rows and adds empty ones after them. */
    MeasureForm withSpareRows() {
        outputs.removeIf(r -> r.quantity.isBlank() && r.unit.isBlank());
        for (int i = 0; i < SPARE_ROWS; i++) {
            outputs.add(new OutputRow());
        }
        return this;
    }

    /**
     * The form as input for the rules; unreadable dates, place tokens and coordinates are reported here, on
     * their fields, and the rest is left to the rules.
     */
    MeasureInput toInput(List<MeasureInput.NewAttachment> files, List<Problem> problems) {
        var startDate = Dates.field("start", start, problems);
        var endDate = Dates.field("end", end, problems);
        var publicFromDate = Dates.field("publicFrom", publicFrom, problems);
        OrganisationId party = responsible.matches("\\d{1,18}") ? new OrganisationId(Long.parseLong(responsible)) : null;
        List<MeasureInput.OutputLine> lines = outputs.stream()
                .map(r -> new MeasureInput.OutputLine(r.quantity, r.unit)).toList();
        return new MeasureInput(commitments, startDate, endDate, place(problems), party, kind, lines, description,
                publicFromDate, areaOnly, files, removeAttachments);
    }

    private MeasurePlace place(List<Problem> problems) {
        String token = place.strip();
        if (token.isEmpty()) {
            return MeasurePlace.nowhere();
        }
        if (token.equals("point")) {
            Double lat = coordinate("latitude", latitude, problems);
            Double lon = coordinate("longitude", longitude, problems);
            return lat == null || lon == null ? MeasurePlace.nowhere() : new MeasurePlace.AtPoint(lat, lon);
        }
        if (!token.matches("[fas]:\\d{1,18}")) {
            problems.add(Problem.of("place", "measures.problem.placeUnknown"));
            return MeasurePlace.nowhere();
        }
        long id = Long.parseLong(token.substring(2));
        return switch (token.charAt(0)) {
            case 'f' -> new MeasurePlace.AtFocusPlace(id);
            case 'a' -> new MeasurePlace.InArea(id);
            default -> new MeasurePlace.OnSegment(id);
        };
    }

    private static Double coordinate(String field, String text, List<Problem> problems) {
        String compact = text == null ? "" : text.strip().replace(',', '.');
        if (compact.isEmpty()) {
            problems.add(Problem.of(field, "measures.problem.coordinateRequired"));
            return null;
        }
        if (!compact.matches("-?\\d{1,3}(\\.\\d+)?")) {
            problems.add(Problem.of(field, "measures.problem.coordinateNotNumber"));
            return null;
        }
        return Double.parseDouble(compact);
    }

    public boolean checked(String commitmentKey) {
        return commitments.contains(commitmentKey);
    }


    public List<String> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<String> commitments) {
        this.commitments = commitments == null ? new ArrayList<>() : commitments;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start == null ? "" : start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end == null ? "" : end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null ? "" : place;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude == null ? "" : latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude == null ? "" : longitude;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible == null ? "" : responsible;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public List<OutputRow> getOutputs() {
        return outputs;
    }

    public void setOutputs(List<OutputRow> outputs) {
        this.outputs = outputs == null ? new ArrayList<>() : outputs;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public String getPublicFrom() {
        return publicFrom;
    }

    public void setPublicFrom(String publicFrom) {
        this.publicFrom = publicFrom == null ? "" : publicFrom;
    }

    public boolean isAreaOnly() {
        return areaOnly;
    }

    public void setAreaOnly(boolean areaOnly) {
        this.areaOnly = areaOnly;
    }

    public List<Long> getRemoveAttachments() {
        return removeAttachments;
    }

    public void setRemoveAttachments(List<Long> removeAttachments) {
        this.removeAttachments = removeAttachments == null ? new ArrayList<>() : removeAttachments;
    }
}
