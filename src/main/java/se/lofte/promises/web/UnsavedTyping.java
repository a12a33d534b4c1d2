package se.lofte.promises.web;

import java.time.OffsetDateTime;

/**
 * An editor's typing that was never saved in the promise ({@link EditorDrafts}): the form (with the working
 * copy's version it started from) and when the page last sent it.
 */
public record UnsavedTyping(PromiseForm form, OffsetDateTime savedAt) {
}
