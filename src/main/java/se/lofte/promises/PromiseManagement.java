package se.lofte.promises;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;

/**
 * Writing, signing, publishing, revising and closing promises. Every change goes through here so that
 * the rules of {@link PromiseRules} and the lifecycle of {@link Promise} always apply.
 */
@Service
public class PromiseManagement {

    private static final String NO_ROLE = "No role in the promise's parties allows this";

    private static final long IMAGE_MAX_BYTES = 5L * 1024 * 1024;
    /** The revision's {@code publisher_name} column holds this many characters. */
    static final int PUBLISHER_NAME_MAX = 200;
    /** The subject type of promises in the audit trail; the subject id is the promise id. */
    private static final String AUDIT_SUBJECT = "promise";

    private final Promises promises;
    private final Revisions revisions;
    private final Images images;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Accounts accounts;

    PromiseManagement(Promises promises, Revisions revisions, Images images, Organisations organisations,
                      ApplicationEventPublisher events, AuditTrail auditTrail, Clock clock, Accounts accounts) {
        this.promises = promises;
        this.accounts = accounts;
        this.revisions = revisions;
        this.images = images;
        this.organisations = organisations;
        this.events = events;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The parties with their kind and current name, in the order police, municipality, others. */
    public List<PromiseContent.Party> parties(List<OrganisationId> ids) {
        List<Organisation> found = organisations.findAll(ids);
        return ids.stream().distinct()
                .flatMap(id -> found.stream().filter(o -> o.id().equals(id)))
                .map(o -> new PromiseContent.Party(o.id(), o.kind(), o.name()))
                .sorted(java.util.Comparator.comparingInt(p -> partyOrder(p.kind())))
                .toList();
    }

    /**
     * Starts a draft. The author must be an editor for one of its parties. Commitments and goals get their keys
     * here ({@link ContentKeys}).
     */
    @Transactional
    public SaveResult create(PromiseContent submitted, StaffMember author) {
        return insertDraft(submitted, null, author);
    }

    /**
     * Starts next year's draft from a published promise ("Nästa års löfte"), remembering where it came from so that
     * the public pages can show the promise's years one after another. The content is the follow-up's carry-over
     * of {@code previous}; it is checked and keyed as any new draft, and a municipality still has one promise per
     * start year. Only an editor of one of the previous promise's parties may.
     */
    @Transactional
    public SaveResult createNextYear(PromiseId previous, PromiseContent submitted, StaffMember author) {
        Promise before = load(previous);
        requireEditor(before, author);
        if (before.revisions() == 0) {
            throw new PromiseRefusal("refusal.nextYearUnpublished");
        }
        return insertDraft(submitted, previous, author);
    }

    /**
     * A new draft of the submitted content, carried over from {@code previous} or from nothing: the author must be
     * an editor of one of its parties, and it is keyed ({@link ContentKeys}) and checked as any draft.
     */
    private SaveResult insertDraft(PromiseContent submitted, PromiseId previous, StaffMember author) {
        if (!author.hasAny(Role.EDITOR, submitted.partyIds())) {
            throw new NotAllowed(NO_ROLE);
        }
        PromiseContent content = storedPicture(ContentKeys.settle(submitted));
        List<Problem> problems = check(content, false, null);
        if (!problems.isEmpty()) {
            return SaveResult.refused(problems);
        }
        Promise draft = Promise.draft(content);
        PromiseId id = promises.insert(draft, previous, author.username(), now());
        audit(id, "created", author.username(), null, draft);
        return new SaveResult(id, List.of(), false);
    }

    /**
     * A promise of one of the content's municipalities that starts in the content's start year, other than
     * {@code self}: there may be only one, so a new one for that year is refused and the editor pointed to it.
     */
    public Optional<PromiseId> sameStartYear(PromiseContent content, PromiseId self) {
        var municipalities = content.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY)
                .map(PromiseContent.Party::id).toList();
        return promises.startingIn(content.startYear(), municipalities, self).stream().findFirst();
    }

    /** The promise this one was carried over from ("Nästa års löfte"), if any. */
    public Optional<PromiseId> previous(PromiseId id) {
        return promises.previous(id);
    }

    /**
     * The content with a picture only when it names one stored by {@link #storeImage}, with that picture's
     * type. The form carries the picture's SHA-256 and type in hidden fields, which a browser can change; the
     * public page writes the SHA-256 into the picture's address, so anything else would point the page, and
     * every reader's browser, at an address of the sender's choosing. A picture that is not stored is dropped,
     * its description kept, as a key that is not well-formed is replaced: the editor could not correct a
     * hidden field.
     */
    private PromiseContent storedPicture(PromiseContent c) {
        PromiseContent.Image image = c.image();
        if (image == null || !image.hasFile()) {
            return c;
        }
        var stored = image.sha256().matches("[0-9a-f]{64}") ? images.find(image.sha256()) : Optional.<StoredImage>empty();
        var kept = new PromiseContent.Image(stored.map(StoredImage::sha256).orElse(null),
                stored.map(StoredImage::contentType).orElse(null), image.alt(), image.caption(), image.credit());
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), c.commitments(),
                c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), kept);
    }

    /**
     * Saves a new working copy. {@code expectedVersion} is the version the editor started from; if someone
     * saved in between, nothing is saved and the editor is told. Keys are settled as for a new draft; the
     * saved text is settled alike before the parties' words are compared, so that a key saved before keys were
     * checked, and replaced now, does not read as another party's row removed and written anew.
     */
    @Transactional
    public SaveResult update(PromiseId id, int expectedVersion, PromiseContent submitted, StaffMember editor) {
        Promise promise = load(id);
        requireEditor(promise, editor);
        if (promise.version() != expectedVersion) {
            return SaveResult.refused(List.of(Problem.of("promise", "problem.concurrentEdit")));
        }
        PromiseContent content = storedPicture(ContentKeys.settle(submitted));
        List<Problem> problems = check(content, promise.extended(), id);
        problems.addAll(PartyWords.check(ContentKeys.settle(promise.content()), content,
                editor.organisationsWhere(Role.EDITOR)));
        if (!problems.isEmpty()) {
            return SaveResult.refused(problems);
        }
        var before = AuditedPromise.of(promise);
        boolean voided = promise.edit(content);
        store(promise, editor.username());
        audit(id, "updated", editor.username(), before, promise);
        return new SaveResult(id, List.of(), voided);
    }

    /** Signs for a party; only that party's signatories may. */
    @Transactional
    public void sign(PromiseId id, OrganisationId party, StaffMember signatory) {
        load(id);
        if (!signatory.has(Role.SIGNATORY, party)) {
            throw new NotAllowed(NO_ROLE);
        }
        sign(id, party, signatory.username(), now());
    }

    @Transactional
    void sign(PromiseId id, OrganisationId party, String by, OffsetDateTime at) {
        Promise promise = load(id);
        var before = AuditedPromise.of(promise);
        promise.sign(party, by, at);
        store(promise, by);
        audit(id, "signed", by, before, promise);
    }

    @Transactional
    public PublishedRevision publish(PromiseId id, StaffMember editor, String publisherName) {
        requireEditor(load(id), editor);
        return publish(id, editor.username(), publisherName, now());
    }

    /**
     * Publishing at a given time: the demo data's promise was published in 2019. The time is kept to the
     * second: the revision's hash covers it, and a finer fraction would not come back from every database
     * as it went in (PostgreSQL rounds to microseconds).
     */
    @Transactional
    PublishedRevision publish(PromiseId id, String by, String publisherName, OffsetDateTime at) {
        requirePublisherName(publisherName);
        promises.lock(id);
        Promise promise = load(id);
        var before = AuditedPromise.of(promise);
        int number = promise.publish();
        var revision = revisions.append(id, number, at.truncatedTo(ChronoUnit.SECONDS), publisherName.strip(),
                promise.content(), promise.signatures(), by);
        store(promise, by);
        audit(id, "published", by, before, promise);
        events.publishEvent(new PromisePublished(id, number));
        return revision;
    }

    /**
     * Publishes a joint follow-up of the promise as its next revision: the latest revision's content and signatures
     * unchanged, with {@code followUpJson} (written by the follow-up module, which has checked that every party
     * signed it) sealed into its record hash. No {@link PromisePublished}: the promise's text did not change, and the
     * follow-up module announces its own publication.
     */
    @Transactional
    public PublishedRevision publishFollowUp(PromiseId id, String followUpJson, StaffMember editor,
                                             String publisherName) {
        requirePublisherName(publisherName);
        promises.lock(id);
        Promise promise = load(id);
        requireEditor(promise, editor);
        int number = promise.recordFollowUp();
        var revision = revisions.appendFollowUp(id, number, now().truncatedTo(ChronoUnit.SECONDS),
                publisherName.strip(), followUpJson, editor.username());
        if (!promises.countRevision(promise)) {
            throw new PromiseRefusal("problem.concurrentEdit");
        }
        auditTrail.record(new AuditEvent(editor.username(), new HashSet<>(revision.content().partyIds()), AUDIT_SUBJECT,
                id.toString(), "follow_up_published", null, AuditEvent.json(Map.of("revision", number))));
        return revision;
    }

    /** The name the public page says published the revision: given, and fitting its column. */
    private static void requirePublisherName(String publisherName) {
        if (publisherName == null || publisherName.isBlank()) {
            throw PromiseRefusal.at("publisherName", "refusal.publisherRequired");
        }
        if (publisherName.strip().length() > PUBLISHER_NAME_MAX) {
            throw PromiseRefusal.at("publisherName", "refusal.publisherTooLong", Integer.toString(PUBLISHER_NAME_MAX));
        }
    }

    @Transactional
    public void close(PromiseId id, StaffMember editor) {
        changeState(id, editor, Promise::close, "closed", new PromiseClosed(id));
    }

    @Transactional
    public void extend(PromiseId id, StaffMember editor) {
        changeState(id, editor, Promise::extend, "extended", new PromiseExtended(id));
    }

    /**
     * A change of a promise's state that only its editors may make, stored, audited as {@code action} and
     * announced with {@code event}, all in the caller's transaction.
     */
    private void changeState(PromiseId id, StaffMember editor, Consumer<Promise> change, String action, Object event) {
        Promise promise = load(id);
        requireEditor(promise, editor);
        var before = AuditedPromise.of(promise);
        change.accept(promise);
        store(promise, editor.username());
        audit(id, action, editor.username(), before, promise);
        events.publishEvent(event);
    }

    /**
     * A promise as its parties' staff see it. Empty when there is no such promise; refused when the
     * person works with none of its parties, since nothing of a draft is visible to other organisations
     * (nor to reporters, who only submit place reports).
     */
    public Optional<PromiseView> find(PromiseId id, StaffMember viewer) {
        var promise = promises.find(id);
        if (promise.isPresent() && !viewer.seesPromisesOfAny(promise.get().content().partyIds())) {
            throw new NotAllowed(NO_ROLE);
        }
        return promise.map(this::view);
    }

    /**
     * The revision the public sees now of a promise as its parties' staff see it: for the staff pages about what a
     * published promise led to (its updates for residents, its follow-ups, its exports). Not found when there is no
     * such promise or it was never published; refused, as by {@link #find}, for staff of other organisations.
     */
    public PublishedRevision published(PromiseId id, StaffMember viewer) {
        find(id, viewer).orElseThrow(() -> new NotFound("promise"));
        return revisions.latest(id).orElseThrow(() -> new NotFound("published promise"));
    }

    /** The state of a promise for the public site: whether it is closed, with nothing of its draft. */
    public Optional<PromiseState> state(PromiseId id) {
        return promises.state(id);
    }

    /** The promises of the organisations the person belongs to. */
    public List<PromiseSummary> list(StaffMember viewer) {
        return promises.summaries().stream().filter(s -> viewer.seesPromisesOfAny(s.partyIds())).toList();
    }

    /**
     * Stores a picture for a promise and returns its SHA-256, or a problem on {@code imageFile} when it is
     * not a PNG, JPEG or WebP picture or is too large.
     */
    @Transactional
    public ImageUpload storeImage(byte[] data) {
        String type = ImageTypes.detect(data);
        if (type == null) {
            return new ImageUpload(null, null, Problem.of("imageFile", "problem.image.type"));
        }
        if (data.length > IMAGE_MAX_BYTES) {
            return new ImageUpload(null, null, Problem.of("imageFile", "problem.image.tooLarge", "5"));
        }
        return new ImageUpload(images.store(data, type), type, null);
    }

    public Optional<StoredImage> image(String sha256) {
        return images.find(sha256);
    }

    /** The result of an upload: the stored picture's hash and type, or the problem with it. */
    public record ImageUpload(String sha256, String contentType, Problem problem) {
    }

    private List<Problem> check(PromiseContent content, boolean extended, PromiseId self) {
        List<Problem> problems = new ArrayList<>(PromiseRules.check(content, extended));
        if (content.start() != null) {
            var municipalities = content.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY)
                    .map(PromiseContent.Party::id).toList();
            if (!promises.startingIn(content.startYear(), municipalities, self).isEmpty()) {
                problems.add(Problem.of("start", "problem.period.duplicate", Integer.toString(content.startYear())));
            }
        }
        return problems;
    }

    private PromiseView view(Promise p) {
        // A signature keeps the username it was given with; staff see the person's name instead.
        Map<String, String> names = new HashMap<>();
        p.signatures().forEach(s -> names.computeIfAbsent(s.signedBy(), accounts::displayName));
        return new PromiseView(p.id(), p.state(), p.content(), p.extended(), p.unpublishedChanges(), p.version(),
                p.revisions(), p.signatures(), PromiseRules.checkComplete(p.content()), names);
    }

    private static void requireEditor(Promise promise, StaffMember editor) {
        requireEditor(promise.content(), editor);
    }

    /** Refused unless the person is an editor of one of the promise's parties, as every change of its text is. */
    public void requireEditor(PromiseView promise, StaffMember editor) {
        requireEditor(promise.content(), editor);
    }

    private static void requireEditor(PromiseContent content, StaffMember editor) {
        if (!editor.hasAny(Role.EDITOR, content.partyIds())) {
            throw new NotAllowed(NO_ROLE);
        }
    }

    private Promise load(PromiseId id) {
        return promises.find(id).orElseThrow(() -> new PromiseRefusal("refusal.notFound"));
    }

    private void store(Promise promise, String by) {
        if (!promises.update(promise, by, now())) {
            throw new PromiseRefusal("problem.concurrentEdit");
        }
    }

    /**
     * Records a step in the audit trail, inside the step's transaction. The organisations concerned are the
     * parties before and after, so a party that was removed still sees that it was. A save that changed
     * nothing is no change and leaves no row.
     */
    private void audit(PromiseId id, String action, String actor, AuditedPromise before, Promise promise) {
        var after = AuditedPromise.of(promise);
        if (after.equals(before)) {
            return;
        }
        Set<OrganisationId> concerned = new HashSet<>(after.parties());
        if (before != null) {
            concerned.addAll(before.parties());
        }
        auditTrail.record(new AuditEvent(actor, concerned, AUDIT_SUBJECT, id.toString(), action,
                before == null ? null : before.json(), after.json()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static int partyOrder(OrganisationKind kind) {
        return switch (kind) {
            case LOCAL_POLICE_AREA, POLICE_AREA, POLICE_REGION -> 0;
            case MUNICIPALITY -> 1;
            case OTHER_ACTOR -> 2;
        };
    }
}
