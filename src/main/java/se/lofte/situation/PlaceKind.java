package se.lofte.situation;

/** The kinds of place counts can be narrowed to, with the letter that names them in a {@link PlaceChoice}. */
public enum PlaceKind {
    MUNICIPALITY('m'), AREA('a'), SEGMENT('s'), FOCUS_PLACE('f');

    private final char letter;

    PlaceKind(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    static PlaceKind byLetter(char letter) {
        for (PlaceKind kind : values()) {
            if (kind.letter == letter) {
                return kind;
            }
        }
        return null;
    }
}
