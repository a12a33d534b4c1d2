package se.lofte.measures;

/**
 * A kind in the editable list as administrators see it: its place in the list, whether it is still offered
 * for new measures, and whether any measure uses it (then it can only be retired, never deleted).
 */
public record KindEntry(MeasureKind kind, int sortOrder, boolean offered, boolean inUse) {

    public String code() {
        return kind.code();
    }
}
