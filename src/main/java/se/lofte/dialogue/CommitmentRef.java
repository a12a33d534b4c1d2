package se.lofte.dialogue;

import se.lofte.promises.PromiseId;

/** A commitment of a promise, by the promise and the commitment's stable key. */
public record CommitmentRef(PromiseId promise, String key) {

    /** As a form's checkbox carries it: {@code 12:c1}. */
    public String token() {
        return promise.value() + ":" + key;
    }
}
