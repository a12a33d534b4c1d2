package se.lofte.promises.web;

import java.time.OffsetDateTime;

/**
 * What the editor page says above the form after a row button or a restore: a message key, whether it is a
 * warning, and for restored typing when it was sent and whether a colleague has saved since.
 */
public record EditorNotice(String key, boolean warning, OffsetDateTime typedAt, boolean savedSince) {

    static EditorNotice saved(boolean signaturesVoided) {
        return new EditorNotice(signaturesVoided ? "editor.rowSavedSignaturesVoided" : "editor.rowSaved",
                signaturesVoided, null, false);
    }

    /** A row button could not save: the form shows why, and everything typed is still on the page. */
    static EditorNotice notSaved() {
        return new EditorNotice("editor.rowNotSaved", true, null, false);
    }

    static EditorNotice restored(OffsetDateTime typedAt, boolean savedSince) {
        return new EditorNotice("editor.restored", savedSince, typedAt, savedSince);
    }
}
