package se.lofte.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Dates;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;

/**
 * Updates for residents ("Följ med i hur det går!") on a published promise: what was done, or what was not
 * done and why. Written as a draft by an editor of a party, published (subscribers may then be told),
 * edited and withdrawn, every step in the audit trail.
 */
@Service
public class ProgressUpdates {

    private static final String NO_ROLE = "No role in the parties allows this";

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    private static final String AUDIT_SUBJECT = "progress_update";

    private final Updates updates;
    private final PromiseManagement promises;
    private final PublishedPromises published;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final ProgressReading reading;
    private final Announcements announcements;
    private final Clock clock;

    ProgressUpdates(Updates updates, PromiseManagement promises, PublishedPromises published,
                    ApplicationEventPublisher events, AuditTrail auditTrail, ProgressReading reading,
                    Announcements announcements, Clock clock) {
        this.updates = updates;
        this.reading = reading;
        this.announcements = announcements;
        this.promises = promises;
        this.published = published;
        this.events = events;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Every update of the promise, in any state, for its parties' staff. */
    public List<StaffUpdate> forPromise(PromiseId promise, StaffMember viewer) {
        requireViewer(promise, viewer);
        return updates.of(promise);
    }

    public Optional<StaffUpdate> find(UpdateId id, StaffMember viewer) {
        Optional<StaffUpdate> update = updates.find(id);
        update.ifPresent(u -> requireViewer(u.promise(), viewer));
        return update;
    }

    /** The post and press release that tell of the update, for its promise's staff to copy. */
    public Announcement announcement(StaffUpdate update) {
        PublishedRevision revision = revision(update.promise()).orElseThrow();
        return announcements.of(update, revision, reading.goals(update.promise()),
                LocalDate.now(clock.withZone(Dates.SWEDEN)));
    }

    /** The parties the person may write updates of this promise for. */
    public List<PromiseContent.Party> writableParties(PromiseId promise, StaffMember member) {
        return revision(promise).map(r -> r.content().parties().stream()
                .filter(p -> ProgressRights.writesFor(member, r.content()).contains(p.id())).toList())
                .orElse(List.of());
    }

    /** Writes a draft; the promise must be published, since updates tell residents how it goes. */
    @Transactional
    public Saved<UpdateId> write(PromiseId promise, UpdateText written, StaffMember by) {
        UpdateText text = stripped(written);
        PublishedRevision revision = writtenRevision(promise);
        requireWriter(revision.content(), by);
        List<Problem> problems = check(text, revision.content(), by);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        UpdateId id = updates.insert(promise, text, revision.content().partyName(text.party()), by.username(), now());
        audit(by, revision.content(), id, "created", null, updates.find(id).orElseThrow());
        return Saved.ok(id);
    }

    @Transactional
    public Saved<UpdateId> edit(UpdateId id, UpdateText written, StaffMember by) {
        UpdateText text = stripped(written);
        StaffUpdate before = load(id);
        PublishedRevision revision = writtenRevision(before.promise());
        requireAuthor(before, by);
        if (before.state() == UpdateState.WITHDRAWN) {
            return new Saved<>(id, List.of(Problem.of("update", "progress.update.withdrawnNoEdit")));
        }
        List<Problem> problems = check(text, revision.content(), by);
        if (!problems.isEmpty()) {
            return new Saved<>(id, problems);
        }
        updates.update(id, text, revision.content().partyName(text.party()), now());
        audit(by, revision.content(), id, "updated", before, updates.find(id).orElseThrow());
        return Saved.ok(id);
    }

    /** Publishes a draft; {@link UpdatePublished} is heard inside its transaction. */
    @Transactional
    public void publish(UpdateId id, StaffMember by) {
        StaffUpdate before = load(id);
        PublishedRevision revision = writtenRevision(before.promise());
        requireAuthor(before, by);
        if (before.state() != UpdateState.DRAFT) {
            return;
        }
        updates.publish(id, now());
        audit(by, revision.content(), id, "published", before, updates.find(id).orElseThrow());
        events.publishEvent(new UpdatePublished(id, before.promise()));
    }

    /** Takes a published update away from residents; it stays in the audit trail and on the staff page. */
    @Transactional
    public void withdraw(UpdateId id, StaffMember by) {
        StaffUpdate before = load(id);
        PublishedRevision revision = writtenRevision(before.promise());
        requireAuthor(before, by);
        if (before.state() == UpdateState.WITHDRAWN) {
            return;
        }
        updates.withdraw(id, now());
        audit(by, revision.content(), id, "withdrawn", before, updates.find(id).orElseThrow());
        events.publishEvent(new UpdateWithdrawn(id, before.promise()));
    }

    private List<Problem> check(UpdateText text, PromiseContent content, StaffMember by) {
        List<Problem> problems = new ArrayList<>();
        if (text.kind() == null) {
            problems.add(Problem.of("kind", "progress.update.kindRequired"));
        }
        checkText("title", text.title(), TITLE_MAX, problems);
        checkText("text", text.text(), TEXT_MAX, problems);
        Set<String> known = new HashSet<>(content.commitments().stream().map(PromiseContent.Commitment::key).toList());
        if (!known.containsAll(text.commitmentKeys())) {
            problems.add(Problem.of("commitments", "progress.update.unknownCommitment"));
        }
        if (text.party() == null || !ProgressRights.writesFor(by, content).contains(text.party())) {
            problems.add(Problem.of("party", "progress.update.partyRequired"));
        }
        return problems;
    }

    private static UpdateText stripped(UpdateText t) {
        return new UpdateText(t.kind(), t.title() == null ? "" : t.title().strip(),
                t.text() == null ? "" : t.text().strip(), t.commitmentKeys(), t.party());
    }

    /** A public text: required, at most {@code max} characters, without personal identity numbers. */
    private static void checkText(String field, String text, int max, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(Problem.of(field, "progress.update." + field + "Required"));
        } else if (text.length() > max) {
            problems.add(Problem.of(field, "progress.update.tooLong", Integer.toString(max)));
        }
        List<String> found = PersonalIdentityNumbers.findIn(text);
        if (!found.isEmpty()) {
            problems.add(Problem.of(field, "progress.update.personalIdentityNumber", String.join(", ", found)));
        }
    }

    /** The revision an update is written against: a promise never published has none, and is refused as unwritable. */
    private PublishedRevision writtenRevision(PromiseId promise) {
        return revision(promise).orElseThrow(() -> new NotAllowed(NO_ROLE));
    }

    private Optional<PublishedRevision> revision(PromiseId promise) {
        return published.latest(promise);
    }

    private StaffUpdate load(UpdateId id) {
        return updates.find(id).orElseThrow(() -> new IllegalArgumentException("No update " + id));
    }

    private void requireViewer(PromiseId promise, StaffMember viewer) {
        promises.find(promise, viewer);
    }

    private static void requireWriter(PromiseContent content, StaffMember by) {
        if (ProgressRights.writesFor(by, content).isEmpty()) {
            throw new NotAllowed(NO_ROLE);
        }
    }

    /** An update speaks for its party: only that party's editors change, publish or withdraw it. */
    private static void requireAuthor(StaffUpdate update, StaffMember by) {
        if (!by.has(Role.EDITOR, update.party())) {
            throw new NotAllowed(NO_ROLE);
        }
    }

    private void audit(StaffMember by, PromiseContent content, UpdateId id, String action, StaffUpdate before,
                       StaffUpdate after) {
        var concerned = new HashSet<>(content.partyIds());
        auditTrail.record(new AuditEvent(by.username(), concerned, AUDIT_SUBJECT, id.toString(), action,
                before == null ? null : AuditEvent.json(audited(before)), AuditEvent.json(audited(after))));
    }

    /** What the audit trail keeps of an update. */
    record Audited(String state, String kind, String title, String text, List<String> commitments, long party) {
    }

    private static Audited audited(StaffUpdate u) {
        return new Audited(u.state().name(), u.kind().name(), u.title(), u.text(), u.commitmentKeys(), u.party().value());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
