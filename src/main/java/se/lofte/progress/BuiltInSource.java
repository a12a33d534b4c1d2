package se.lofte.progress;

/**
 * What the sources of this module share: a kind and names that never change, so each source states them once in
 * its constructor, and the words in which they tell residents where the number comes from. A source of another
 * module implements {@link IndicatorSource} directly.
 */
abstract class BuiltInSource implements IndicatorSource {

    private final String kind;
    private final String nameSv;
    private final String nameEn;
    protected final SourceWords words;

    BuiltInSource(String kind, String nameSv, String nameEn, SourceWords words) {
        this.kind = kind;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
        this.words = words;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final String nameSv() {
        return nameSv;
    }

    @Override
    public final String nameEn() {
        return nameEn;
    }
}
