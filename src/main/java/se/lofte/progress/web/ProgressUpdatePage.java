package se.lofte.progress.web;

import java.util.List;
import java.util.Optional;

import se.lofte.progress.Announcement;
import se.lofte.progress.StaffUpdate;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.FieldErrors;

/**
 * The page that writes an update for residents about a published promise or shows, edits, publishes and
 * withdraws one: the form with its problems, the parties the staff member may write for, and the texts that
 * carry the update to social media and the press. {@code update} and {@code announcement} are empty on the
 * page that writes a new one.
 */
public record ProgressUpdatePage(PublishedRevision revision, Optional<StaffUpdate> update, UpdateForm form,
                                 FieldErrors errors, List<PromiseContent.Party> parties,
                                 Optional<Announcement> announcement, Optional<String> notice) {
}
