package se.lofte.measures;

/**
 * Where a measure was carried out: nowhere in particular, a focus place, an area or a street segment of the
 * situation picture (by id), or a point. What residents see of it depends on whether staff asked to show
 * only the area ({@link PlaceWording} has the rule).
 */
public sealed interface MeasurePlace {

    record Nowhere() implements MeasurePlace {
    }

    record AtFocusPlace(long id) implements MeasurePlace {
    }

    record InArea(long id) implements MeasurePlace {
    }

    record OnSegment(long id) implements MeasurePlace {
    }

    /** A position in WGS84, as a map click or typed coordinates give it. */
    record AtPoint(double latitude, double longitude) implements MeasurePlace {
    }

    static MeasurePlace nowhere() {
        return new Nowhere();
    }

    /** The name of the variant as it is stored. */
    default String type() {
        return switch (this) {
            case Nowhere n -> "NONE";
            case AtFocusPlace f -> "FOCUS_PLACE";
            case InArea a -> "AREA";
            case OnSegment s -> "SEGMENT";
            case AtPoint p -> "POINT";
        };
    }
}
