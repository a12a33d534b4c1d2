package se.lofte.progress;

import se.lofte.promises.PromiseId;

/** A published goal's value or status changed; {@code change} is the recorded {@link ProgressChange}. */
public record GoalProgressChanged(PromiseId promise, String goalKey, long change) {
}
