package se.lofte.publishing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import se.lofte.places.PlaceShape;
import se.lofte.places.StoredGeometry;
import se.lofte.shared.Markup;
import se.lofte.shared.SvgImage;
import se.lofte.shared.Ui;

/**
 * A static map of a promise's focus places, drawn on the server as SVG from their areas' and street segments'
 * geometry: no tiles and no network, so it prints, goes into the PDF, and shows what it shows without a
 * script. WGS84 positions are projected equirectangularly at the map's middle latitude, which keeps distances
 * true within a municipality to well under a per cent, so the scale bar is right. Each focus place has a colour
 * (at least 3:1 against white) and its name beside it; its title and description say in words what it shows.
 */
public final class FocusPlaceMap {

    /** A focus place as the promise names it, with the shapes it is made of now. */
    public record Place(String name, List<PlaceShape> shapes) {
        public Place {
            shapes = List.copyOf(shapes);
        }
    }

    private static final int WIDTH = 600;
    private static final int MAX_HEIGHT = 420;
    private static final int MIN_HEIGHT = 160;
    private static final int PAD = 24;
    private static final int BOTTOM = 36;
    private static final double EARTH_RADIUS = 6_371_008.8;
    /** A map of one spot still shows some surroundings: at least this many metres across. */
    private static final double MIN_SPAN = 300;
    private static final String[] COLOURS = {"#0b5394", "#b35c00", "#2e7d32", "#6a1b9a", "#c62828", "#00695c"};
    private static final String TEXT = "#1b1b1b";

    private FocusPlaceMap() {
    }

    /** Whether any of the places has something to draw. */
    public static boolean drawable(List<Place> places) {
        return places.stream().anyMatch(p -> !p.shapes().isEmpty());
    }

    /** The colour a place is drawn in, by its position in the list; the legend's swatches have the same. */
    private static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /** The legend's class for the place at {@code index}: a swatch of its colour (static/css/legend.css). */
    public static String swatch(int index) {
        return "swatch-" + index % COLOURS.length;
    }

    /** The map's alternative text: which places, what they are made of, and the scale. */
    public static String description(List<Place> places, Ui ui) {
        List<String> parts = new ArrayList<>();
        for (Place place : places) {
            long areas = place.shapes().stream().filter(s -> s.type() == PlaceShape.Type.AREA).count();
            long segments = place.shapes().size() - areas;
            parts.add(ui.t("report.map.place", place.name(), areas, segments));
        }
        return ui.t("report.map.desc", String.join("; ", parts), scaleLabel(frame(places).scaleMetres(), ui));
    }

    /** The SVG; {@code id} makes its title and description ids unique on the page. */
    public static String svg(List<Place> places, String id, Ui ui) {
        Frame frame = frame(places);
        StringBuilder svg = SvgImage.open("chart place-map", WIDTH + " " + f(frame.height()), id,
                ui.t("report.map.title"), description(places, ui));
        svg.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"")
                .append(f(frame.height() - 1)).append("\" fill=\"#ffffff\" stroke=\"#b1b4b6\"/>");
        List<Geometry> geometries = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            String colour = colour(i);
            List<Geometry> own = new ArrayList<>();
            for (PlaceShape shape : places.get(i).shapes()) {
                StoredGeometry.read(shape.id(), shape.wkt()).ifPresent(g -> {
                    own.add(g);
                    draw(svg, g, frame, colour);
                });
            }
            geometries.add(own.isEmpty() ? null : new GeometryFactory().buildGeometry(own));
        }
        // Names last, so that no shape covers one; white under the letters keeps them readable on any fill.
        for (int i = 0; i < places.size(); i++) {
            Geometry g = geometries.get(i);
            if (g == null) {
                continue;
            }
            Coordinate at = g.getInteriorPoint().getCoordinate();
            double x = Math.clamp(frame.x(at.x), 80, WIDTH - 80);
            double y = Math.clamp(frame.y(at.y) - 8, 16, frame.height() - BOTTOM - 4);
            String name = Markup.escape(places.get(i).name());
            svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y))
                    .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#ffffff\""
                            + " stroke=\"#ffffff\" stroke-width=\"4\">").append(name).append("</text>")
                    .append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y))
                    .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"").append(TEXT)
                    .append("\">").append(name).append("</text>");
        }
        scaleBar(svg, frame, ui);
        return svg.append("</svg>").toString();
    }

    private static void draw(StringBuilder svg, Geometry g, Frame frame, String colour) {
        for (int n = 0; n < g.getNumGeometries(); n++) {
            Geometry part = g.getGeometryN(n);
            if (part instanceof Polygon polygon) {
                StringBuilder d = new StringBuilder();
                ring(d, polygon.getExteriorRing(), frame);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(d, polygon.getInteriorRingN(h), frame);
                }
                svg.append("<path d=\"").append(d).append("\" fill=\"").append(colour)
                        .append("\" fill-opacity=\"0.2\" fill-rule=\"evenodd\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"/>");
            } else if (part instanceof LineString line) {
                StringBuilder d = new StringBuilder();
                Coordinate[] cs = line.getCoordinates();
                for (int c = 0; c < cs.length; c++) {
                    d.append(c == 0 ? 'M' : 'L').append(f(frame.x(cs[c].x))).append(' ').append(f(frame.y(cs[c].y)));
                }
                svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"4\" stroke-linecap=\"round\"/>");
            } else if (part instanceof Point point) {
                svg.append("<circle cx=\"").append(f(frame.x(point.getX()))).append("\" cy=\"")
                        .append(f(frame.y(point.getY()))).append("\" r=\"5\" fill=\"").append(colour).append("\"/>");
            } else if (part != g) {
                // A collection inside a collection: its own members.
                draw(svg, part, frame, colour);
            }
        }
    }

    private static void ring(StringBuilder d, LineString ring, Frame frame) {
        Coordinate[] cs = ring.getCoordinates();
        for (int c = 0; c < cs.length; c++) {
            d.append(c == 0 ? 'M' : 'L').append(f(frame.x(cs[c].x))).append(' ').append(f(frame.y(cs[c].y)));
        }
        d.append('Z');
    }

    private static void scaleBar(StringBuilder svg, Frame frame, Ui ui) {
        double metres = frame.scaleMetres();
        double length = metres / frame.metresPerUnit();
        double y = frame.height() - 14;
        double x = PAD;
        svg.append("<path d=\"M").append(f(x)).append(' ').append(f(y - 6)).append("V").append(f(y)).append("H")
                .append(f(x + length)).append("V").append(f(y - 6))
                .append("\" fill=\"none\" stroke=\"").append(TEXT).append("\" stroke-width=\"2\"/>")
                .append("<text x=\"").append(f(x + length + 6)).append("\" y=\"").append(f(y))
                .append("\" font-size=\"12\" fill=\"").append(TEXT).append("\">")
                .append(Markup.escape(scaleLabel(metres, ui))).append("</text>");
    }

    /** "500 m", "2 km", "1,5 km" as the page's language writes it. */
    static String scaleLabel(double metres, Ui ui) {
        return metres >= 1000 ? ui.number(BigDecimal.valueOf(metres / 1000).stripTrailingZeros()) + " km"
                : ui.number(BigDecimal.valueOf((long) metres)) + " m";
    }

    /** The round length (1, 2 or 5 times a power of ten metres) nearest below a quarter of the map's width. */
    static double niceLength(double metres) {
        double power = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double m : new double[]{5, 2, 1}) {
            if (m * power <= metres) {
                return m * power;
            }
        }
        return power;
    }

    private static Frame frame(List<Place> places) {
        Envelope box = new Envelope();
        places.forEach(p -> p.shapes().forEach(s -> {
            box.expandToInclude(s.minLon(), s.minLat());
            box.expandToInclude(s.maxLon(), s.maxLat());
        }));
        if (box.isNull()) {
            box.expandToInclude(0, 0);
        }
        double midLat = Math.toRadians((box.getMinY() + box.getMaxY()) / 2);
        double kx = EARTH_RADIUS * Math.cos(midLat) * Math.PI / 180;
        double ky = EARTH_RADIUS * Math.PI / 180;
        double spanX = Math.max(box.getWidth() * kx, MIN_SPAN);
        double spanY = Math.max(box.getHeight() * ky, MIN_SPAN);
        double innerWidth = WIDTH - 2 * PAD;
        // A long street gives a wide, flat box: the map keeps some height, with room above and below it.
        double innerHeight = Math.clamp(innerWidth * spanY / spanX, MIN_HEIGHT, MAX_HEIGHT - PAD - BOTTOM);
        double metresPerUnit = Math.max(spanX / innerWidth, spanY / innerHeight);
        double centreX = (box.getMinX() + box.getMaxX()) / 2 * kx;
        double centreY = (box.getMinY() + box.getMaxY()) / 2 * ky;
        return new Frame(kx, ky, metresPerUnit, centreX, centreY, innerHeight + PAD + BOTTOM);
    }

    private record Frame(double kx, double ky, double metresPerUnit, double centreX, double centreY, double height) {

        double x(double lon) {
            return WIDTH / 2.0 + (lon * kx - centreX) / metresPerUnit;
        }

        double y(double lat) {
            return PAD + (height - PAD - BOTTOM) / 2 - (lat * ky - centreY) / metresPerUnit;
        }

        double scaleMetres() {
            return niceLength(metresPerUnit * WIDTH / 4);
        }
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
