package se.lofte.citizenreports;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The areas marked with a municipality's SCB code (its boundary and districts, as imported in {@code places}):
 * the districts a resident may choose, and what says whether a map point lies in the municipality.
 */
@Component
class MunicipalityAreas {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv"));

    /** One area: its id, name and shape. */
    record Shape(long id, String name, PreparedGeometry geometry) {
    }

    /** The areas of one municipality; empty when none is imported, and then no point can be checked. */
    record Areas(List<Shape> shapes) {

        boolean known() {
            return !shapes.isEmpty();
        }

        boolean contains(double latitude, double longitude) {
            var point = GEOMETRIES.createPoint(new Coordinate(longitude, latitude));
            return shapes.stream().anyMatch(s -> s.geometry().covers(point));
        }

        /** The smallest of the areas that holds the point: its district rather than the whole municipality. */
        Optional<Shape> around(double latitude, double longitude) {
            var point = GEOMETRIES.createPoint(new Coordinate(longitude, latitude));
            return shapes.stream().filter(s -> s.geometry().covers(point))
                    .min(Comparator.comparingDouble(s -> s.geometry().getGeometry().getArea()));
        }

        Optional<Shape> area(long id) {
            return shapes.stream().filter(s -> s.id() == id).findFirst();
        }

        /** The box around the areas, for the map of the form; empty when none is known. */
        Optional<MapBox> box() {
            if (shapes.isEmpty()) {
                return Optional.empty();
            }
            var envelope = new org.locationtech.jts.geom.Envelope();
            shapes.forEach(s -> envelope.expandToInclude(s.geometry().getGeometry().getEnvelopeInternal()));
            return Optional.of(new MapBox(envelope.getMinY(), envelope.getMinX(), envelope.getMaxY(), envelope.getMaxX()));
        }

        /** The choices of a district: by name. */
        List<District> districts() {
            return shapes.stream().map(s -> new District(s.id(), s.name()))
                    .sorted(Comparator.comparing(District::name, SWEDISH)).toList();
        }
    }

    private final JdbcClient jdbc;

    MunicipalityAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Areas of(String municipalityCode) {
        record Row(long id, String name, String geometryWkt) {
        }
        var reader = new WKTReader(GEOMETRIES);
        List<Shape> shapes = new ArrayList<>();
        for (Row row : jdbc.sql("select id, name, geometry_wkt from area where municipality_code = ? order by id")
                .param(municipalityCode).query(Row.class).list()) {
            try {
                shapes.add(new Shape(row.id(), row.name(), PreparedGeometryFactory.prepare(reader.read(row.geometryWkt()))));
            } catch (ParseException | IllegalArgumentException e) {
                // An area the import stored is readable; one that is not is simply no place to report in.
            }
        }
        return new Areas(List.copyOf(shapes));
    }
}
