package se.lofte.situation.web;

import java.util.List;

import se.lofte.organisations.Organisation;
import se.lofte.shared.FieldErrors;

/**
 * The offer to save the hot cells' streets as a focus place: the organisations the viewer may create one for,
 * the problems of a refused try with the name typed then, and where the form posts (with the analysis's
 * choice in its query, so the same cells are found again).
 */
public record FocusOffer(List<Organisation> owners, FieldErrors errors, String name, String action) {
}
