package se.lofte.incidents.web;

import java.util.Arrays;

import se.lofte.incidents.sources.CsvMapping;
import se.lofte.places.PlacePrecision;

/**
 * The CSV mapping step's form: the fields of {@link CsvMapping} as typed (so that the page can show them
 * back with their problems), the pending upload, and the name to save the mapping under. Field names are
 * {@link CsvMapping}'s component names, which its problems are keyed by.
 */
public record MappingForm(String upload, String organisation, String separator, String encoding, String idColumn,
                          String categoryColumn, String fixedCategory, String dateColumn, String timeColumn,
                          String datePattern, String timeZone, String coordinateSystem, String northColumn,
                          String eastColumn, String placeNameColumn, String municipalityColumn,
                          String descriptionColumn, String precision, String mappingName) {

    static MappingForm of(String upload, String organisation, CsvMapping m, String name) {
        return new MappingForm(upload, organisation, m.separator().name(), m.encoding().name(), m.idColumn(),
                m.categoryColumn(), m.fixedCategory(), m.dateColumn(), m.timeColumn(), m.datePattern(), m.timeZone(),
                m.coordinateSystem().name(), m.northColumn(), m.eastColumn(), m.placeNameColumn(),
                m.municipalityColumn(), m.descriptionColumn(), m.precision().name(), name);
    }

    CsvMapping mapping() {
        return new CsvMapping(choice(CsvMapping.Separator.class, separator), choice(CsvMapping.Encoding.class, encoding),
                idColumn, categoryColumn, fixedCategory, dateColumn, timeColumn, datePattern, timeZone,
                choice(CsvMapping.CoordinateSystem.class, coordinateSystem), northColumn, eastColumn, placeNameColumn,
                municipalityColumn, descriptionColumn, choice(PlacePrecision.class, precision));
    }

    /** An unknown value (only a hand-made request sends one) means the default. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    public String value(String field) {
        return switch (field) {
            case "separator" -> separator;
            case "encoding" -> encoding;
            case "idColumn" -> idColumn;
            case "categoryColumn" -> categoryColumn;
            case "fixedCategory" -> fixedCategory;
            case "dateColumn" -> dateColumn;
            case "timeColumn" -> timeColumn;
            case "datePattern" -> datePattern;
            case "timeZone" -> timeZone;
            case "coordinateSystem" -> coordinateSystem;
            case "northColumn" -> northColumn;
            case "eastColumn" -> eastColumn;
            case "placeNameColumn" -> placeNameColumn;
            case "municipalityColumn" -> municipalityColumn;
            case "descriptionColumn" -> descriptionColumn;
            case "precision" -> precision;
            case "mappingName" -> mappingName;
            default -> null;
        };
    }
}
