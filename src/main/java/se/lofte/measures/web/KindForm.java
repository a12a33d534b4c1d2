package se.lofte.measures.web;

/** A kind as typed into the add or change form of the kinds page; {@code sortOrder} is text until read. */
public record KindForm(String code, String nameSv, String nameEn, String sortOrder, boolean offered) {
}
