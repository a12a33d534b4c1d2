package se.lofte.followup;

import se.lofte.shared.Typed;

/**
 * The parties' verdict on one commitment or goal: {@code verdict} null while not yet given; {@code reason} and
 * {@code explanation} (public text) for anything not fulfilled, null or blank otherwise.
 */
public record Assessment(ItemKind kind, String key, Verdict verdict, Reason reason, String explanation) {

    /** The same without a reason or explanation where the verdict needs none, and with the text stripped. */
    Assessment settled() {
        String text = Typed.text(explanation);
        boolean why = verdict == null || verdict.needsWhy();
        return new Assessment(kind, key, verdict, why ? reason : null, why ? text : "");
    }
}
