package se.lofte.progress;

import se.lofte.promises.PromiseId;

/**
 * What residents see of a published goal changed without news to tell: its first computation, the day of its
 * value or its series, the words of its source, or a move between the two states without a value (measuring
 * has not started; cannot be measured). Pages that show the goal must be rendered anew; feeds and mails have
 * nothing to say, unlike {@link GoalProgressChanged}.
 */
public record GoalShown(PromiseId promise, String goalKey) {
}
