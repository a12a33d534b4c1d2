package se.lofte.analysis;

/**
 * Positions in a planar system measured in metres (or the user's own planar unit), each with a value: the
 * input of the spatial statistics. The arrays have the same length and are not copied: whoever builds a
 * {@code Points} hands them over.
 */
record Points(double[] x, double[] y, double[] value) {

    Points {
        if (x.length != y.length || x.length != value.length) {
            throw new IllegalArgumentException("x, y and value differ in length");
        }
    }

    int size() {
        return x.length;
    }
}
