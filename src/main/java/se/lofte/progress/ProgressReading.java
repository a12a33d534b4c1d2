package se.lofte.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedRevision;

/** Read access to progress for the public site, feeds and mails. Every method is safe to call anonymously. */
public interface ProgressReading {

    /** The numeric goals of the promise's latest published revision, in the revision's goal order. */
    List<GoalProgress> goals(PromiseId promise);

    /** The same for a latest revision the caller has already read, so that it is not read again. */
    List<GoalProgress> goals(PublishedRevision latest);

    /** Recorded changes of goal values and statuses of these promises, newest first, at most {@code limit}. */
    List<ProgressChange> changes(Collection<PromiseId> promises, int limit);

    /** The same of every promise: the newest {@code limit} in the country. */
    List<ProgressChange> changes(int limit);

    Optional<ProgressChange> change(long id);

    /** Published updates of these promises, newest first, at most {@code limit}. */
    List<ProgressUpdate> updates(Collection<PromiseId> promises, int limit);

    /** The same of every promise: the newest {@code limit} in the country. */
    List<ProgressUpdate> updates(int limit);

    Optional<ProgressUpdate> update(UpdateId id);
}
