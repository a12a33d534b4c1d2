package se.lofte.promises;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import se.lofte.shared.Sha256;

/**
 * The keys of commitments and goals are the server's. A key names its block across edits and revisions:
 * indicator choices, hand counts, goal states, measures and updates refer to it, pages write it into ids, and
 * the staff pages into addresses and field names. The editor carries each key in a hidden field, so what comes
 * back is whatever the browser sent; {@link #settle} keeps a key only when it is well-formed and not already
 * taken by an earlier block of the same list, and gives every other block a key of its own.
 *
 * <p>Such a block gets a new key rather than its save being refused: the server hands out only well-formed
 * keys, so a key that is not one can come only from a tampered form (or from a working copy saved before keys
 * were checked), and the editor could not correct a hidden field anyway. The rest of the editor's work is
 * saved, and every well-formed key stays as it is, so whatever refers to a block through one keeps referring
 * to it. A key that is not well-formed is replaced by one derived from it, the same each time: a working copy
 * saved before keys were checked then compares with the saved text block by block, so that
 * {@link PartyWords} reads the rows of other parties as unchanged. Published revisions are never re-keyed; the
 * pages escape whatever key they hold.
 */
final class ContentKeys {

    /** Safe as it is in an id, an address, a form field's name and every column that holds a key (50 wide). */
    static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9-]{1,40}");

    private static final int NEW_KEY_LENGTH = 8;

    private ContentKeys() {
    }

    static boolean wellFormed(String key) {
        return key != null && WELL_FORMED.matcher(key).matches();
    }

    /** The content with a well-formed key on every commitment and goal, unique within commitments and within goals. */
    static PromiseContent settle(PromiseContent c) {
        List<String> commitmentKeys = settle(c.commitments().stream().map(PromiseContent.Commitment::key).toList());
        List<String> goalKeys = settle(c.goals().stream().map(PromiseContent.Goal::key).toList());
        List<PromiseContent.Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < c.commitments().size(); i++) {
            var m = c.commitments().get(i);
            commitments.add(new PromiseContent.Commitment(commitmentKeys.get(i), m.title(), m.text(), m.responsible(),
                    m.focusPlaceRefs(), m.theme()));
        }
        List<PromiseContent.Goal> goals = new ArrayList<>();
        for (int i = 0; i < c.goals().size(); i++) {
            var g = c.goals().get(i);
            goals.add(new PromiseContent.Goal(goalKeys.get(i), g.owner(), g.text(), g.numeric()));
        }
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), commitments,
                goals, c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), c.image());
    }

    private static List<String> settle(List<String> submitted) {
        Set<String> taken = new HashSet<>();
        submitted.stream().filter(ContentKeys::wellFormed).forEach(taken::add);
        Set<String> given = new HashSet<>();
        List<String> settled = new ArrayList<>();
        for (String key : submitted) {
            String kept = wellFormed(key) && !given.contains(key) ? key : fresh(key, taken, given);
            given.add(kept);
            settled.add(kept);
        }
        return settled;
    }

    /** A new block's random key, or one derived from a key that could not be kept; never one already in the list. */
    private static String fresh(String key, Set<String> taken, Set<String> given) {
        for (int attempt = 0; ; attempt++) {
            String candidate = key == null || key.isBlank()
                    ? UUID.randomUUID().toString().substring(0, NEW_KEY_LENGTH)
                    : Sha256.hex(key + "\n" + attempt).substring(0, NEW_KEY_LENGTH);
            if (!taken.contains(candidate) && !given.contains(candidate)) {
                return candidate;
            }
        }
    }
}
