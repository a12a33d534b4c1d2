package se.lofte.measures;

/**
 * A kind of measure from the editable list ("trafikkontroll", "skolbesök" …). {@code code} is stable and is
 * what indicators refer to; the names are what people read.
 */
public record MeasureKind(String code, String nameSv, String nameEn) {
}
