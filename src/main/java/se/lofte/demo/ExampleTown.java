package se.lofte.demo;

import java.util.List;
import java.util.Locale;

/**
 * Where Exempelby lies: on a made-up spot in the open Bothnian Sea, so that its places never hold, and its
 * incidents never fall in, a real municipality's places (incidents are placed in the smallest area around them,
 * whoever drew it). Boxes are WGS84 longitude/latitude.
 */
final class ExampleTown {

    static final String NAME = "Exempelby";
    /** Under county code 99, which SCB never gives: no real municipality can have it. */
    static final String CODE = "9999";
    static final String COUNTY = "Exempellän";
    static final String POLICE = "LPO Exempelbygden";

    static final Box MUNICIPALITY = new Box(19.150, 60.970, 19.260, 61.030);
    static final Box CENTRE = new Box(19.195, 61.000, 19.210, 61.008);
    static final Box STATION = new Box(19.211, 60.994, 19.222, 61.000);
    static final Line HIGH_STREET = new Line("Storgatan", 19.196, 61.004, 19.209, 61.004);
    static final Line RAILWAY_STREET = new Line("Järnvägsgatan", 19.212, 60.997, 19.221, 60.997);

    static final String CENTRE_NAME = "Centrum";
    static final String STATION_NAME = "Stationsområdet";

    private ExampleTown() {
    }

    record Box(double west, double south, double east, double north) {

        String polygon() {
            return String.format(Locale.ROOT, "[[[%1$.4f,%2$.4f],[%3$.4f,%2$.4f],[%3$.4f,%4$.4f],[%1$.4f,%4$.4f],"
                    + "[%1$.4f,%2$.4f]]]", west, south, east, north);
        }
    }

    record Line(String name, double fromLon, double fromLat, double toLon, double toLat) {

        String coordinates() {
            return String.format(Locale.ROOT, "[[%.4f,%.4f],[%.4f,%.4f]]", fromLon, fromLat, toLon, toLat);
        }
    }

    /** The municipality as one area, carrying its code so that incidents in it count for Exempelby. */
    static byte[] municipalityArea() {
        return collection(List.of(area(NAME + " kommun", MUNICIPALITY, "\"kod\":\"" + CODE + "\"")));
    }

    /** The districts and streets that the focus places are made of. */
    static byte[] districtsAndStreets() {
        return collection(List.of(area(CENTRE_NAME, CENTRE, null), area(STATION_NAME, STATION, null),
                street(HIGH_STREET), street(RAILWAY_STREET)));
    }

    private static String area(String name, Box box, String more) {
        return "{\"type\":\"Feature\",\"properties\":{\"namn\":\"" + name + "\"" + (more == null ? "" : "," + more)
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + box.polygon() + "}}";
    }

    private static String street(Line line) {
        return "{\"type\":\"Feature\",\"properties\":{\"namn\":\"" + line.name() + "\"},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":" + line.coordinates() + "}}";
    }

    private static byte[] collection(List<String> features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
