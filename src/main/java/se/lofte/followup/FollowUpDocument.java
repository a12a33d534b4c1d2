package se.lofte.followup;

import java.util.List;

/**
 * A follow-up as published: sealed into its promise revision as JSON ({@code follow_up_json}) and never changed.
 * The evidence is the system's record at publication, in Swedish and English, so that residents read what the
 * parties had before them; {@code signatures} name each party as it was called then. {@code signedAt} is an ISO
 * 8601 instant, text so that no mapper setting can change how it is written.
 */
record FollowUpDocument(long followUpId, FollowUpKind kind, int year, List<Item> items, List<Signed> signatures) {

    FollowUpDocument {
        items = List.copyOf(items);
        signatures = List.copyOf(signatures);
    }

    record Item(ItemKind kind, String key, Verdict verdict, Reason reason, String explanation,
                List<EvidenceLine> evidence) {
        Item {
            evidence = List.copyOf(evidence);
        }
    }

    record EvidenceLine(String sv, String en) {
    }

    record Signed(long party, String partyName, String signedBy, String signedAt) {
    }
}
