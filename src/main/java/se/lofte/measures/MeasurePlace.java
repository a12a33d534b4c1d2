package se.lofte.measures;

/**
 * Where a measure was carried out: nowhere in particular, a focus place, an area or a street segment of the
 * situation picture (by id), or a point. What residents see of it depends on whether staff asked to show
 * only the area ({@link MeasureManagement} documents the rule).
 */
public sealed interface MeasurePlace {

    /** The stored name of the variant, also what the form's place choice sends. */
    String type();

    record Nowhere() implements MeasurePlace {
        @Override
        public String type() {
            return "NONE";
        }
    }

    record AtFocusPlace(long id) implements MeasurePlace {
        @Override
        public String type() {
            return "FOCUS_PLACE";
        }
    }

    record InArea(long id) implements MeasurePlace {
        @Override
        public String type() {
            return "AREA";
        }
    }

    record OnSegment(long id) implements MeasurePlace {
        @Override
        public String type() {
            return "SEGMENT";
        }
    }

    /** A position in WGS84, as a map click or typed coordinates give it. */
    record AtPoint(double latitude, double longitude) implements MeasurePlace {
        @Override
        public String type() {
            return "POINT";
        }
    }

    static MeasurePlace nowhere() {
        return new Nowhere();
    }
}
