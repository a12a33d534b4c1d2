package se.lofte.situation.reports;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lofte.places.MapBounds;
import se.lofte.places.MunicipalityAreas;
import se.lofte.places.PlaceShape;
import se.lofte.places.Places;
import se.lofte.places.StoredGeometry;

/**
 * The named places of one municipality a reporter can choose from: the areas marked with its SCB code (as
 * {@link Places#municipalityAreas(String)} finds them), and the street segments that lie (partly) in those areas or
 * that the municipality imported itself (street segments carry no municipality code). Places with the same name are
 * told apart by a number, counted from west to east, so that every choice names exactly one place.
 */
@Component
class MunicipalityPlaces {

    record Area(long id, String label) {
    }

    record Segment(long id, String name, String label, LineString line) {

        /** The point halfway along the street segment. */
        Coordinate middle() {
            return new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
        }
    }

    /** The places of one municipality: its areas (and where a point lies among them) and street segments. */
    record Found(MunicipalityAreas areas, List<Area> labelled, List<Segment> segments) {

        Optional<Area> area(long id) {
            return labelled.stream().filter(a -> a.id() == id).findFirst();
        }

        Optional<Segment> segment(long id) {
            return segments.stream().filter(s -> s.id() == id).findFirst();
        }

        List<PlaceChoice> areaChoices() {
            return labelled.stream().map(a -> new PlaceChoice("area:" + a.id(), a.label()))
                    .sorted(Comparator.comparing(PlaceChoice::label, SWEDISH)).toList();
        }

        List<PlaceChoice> segmentChoices() {
            return segments.stream().map(s -> new PlaceChoice("segment:" + s.id(), s.label()))
                    .sorted(Comparator.comparing(PlaceChoice::label, SWEDISH)).toList();
        }
    }

    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv"));

    private final JdbcClient jdbc;
    private final Places places;

    MunicipalityPlaces(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    Found of(String municipalityCode, long municipalityOrganisation) {
        MunicipalityAreas areas = places.municipalityAreas(municipalityCode);
        Map<Long, String> areaLabels = labels(areas.areas(), PlaceShape::id, PlaceShape::name,
                a -> new Envelope(a.minLon(), a.maxLon(), a.minLat(), a.maxLat()));
        List<Area> labelled = areas.areas().stream().map(a -> new Area(a.id(), areaLabels.get(a.id()))).toList();

        record SegmentRow(long id, long organisationId, String name, String geometryWkt) {
        }
        // Without areas nothing lies in them: min > max matches no box.
        var bounds = areas.bounds();
        double minLon = bounds.map(MapBounds::west).orElse(1.0);
        double maxLon = bounds.map(MapBounds::east).orElse(0.0);
        double minLat = bounds.map(MapBounds::south).orElse(1.0);
        double maxLat = bounds.map(MapBounds::north).orElse(0.0);
        List<SegmentRow> candidates = jdbc.sql("select id, organisation_id, name, geometry_wkt from street_segment"
                        + " where organisation_id = :organisation or (max_lon >= :minLon and min_lon <= :maxLon"
                        + " and max_lat >= :minLat and min_lat <= :maxLat)")
                .param("organisation", municipalityOrganisation).param("minLon", minLon).param("maxLon", maxLon)
                .param("minLat", minLat).param("maxLat", maxLat)
                .query(SegmentRow.class).list();
        record Line(long id, String name, LineString line) {
        }
        List<Line> lines = new ArrayList<>();
        for (SegmentRow row : candidates) {
            StoredGeometry.read(row.id(), row.geometryWkt())
                    .filter(LineString.class::isInstance).map(LineString.class::cast)
                    .filter(line -> row.organisationId() == municipalityOrganisation || areas.reaches(line))
                    .ifPresent(line -> lines.add(new Line(row.id(), row.name(), line)));
        }
        Map<Long, String> segmentLabels = labels(lines, Line::id, Line::name, l -> l.line().getEnvelopeInternal());
        List<Segment> segments = lines.stream()
                .map(l -> new Segment(l.id(), l.name(), segmentLabels.get(l.id()), l.line())).toList();
        return new Found(areas, labelled, segments);
    }

    /** Names as labels; a name several places share gets "(1/3)" and so on, counted from west to east. */
    private static <T> Map<Long, String> labels(List<T> places, Function<T, Long> id, Function<T, String> name,
                                                Function<T, Envelope> envelope) {
        Map<String, List<T>> byName = new LinkedHashMap<>();
        places.forEach(p -> byName.computeIfAbsent(name.apply(p).strip(), n -> new ArrayList<>()).add(p));
        Map<Long, String> labels = new LinkedHashMap<>();
        byName.forEach((n, same) -> {
            if (same.size() == 1) {
                labels.put(id.apply(same.getFirst()), n);
                return;
            }
            List<T> westToEast = same.stream()
                    .sorted(Comparator.<T>comparingDouble(p -> envelope.apply(p).getMinX())
                            .thenComparingDouble(p -> envelope.apply(p).getMinY())
                            .thenComparing(id))
                    .toList();
            for (int i = 0; i < westToEast.size(); i++) {
                labels.put(id.apply(westToEast.get(i)), n + " (" + (i + 1) + "/" + westToEast.size() + ")");
            }
        });
        return labels;
    }
}
