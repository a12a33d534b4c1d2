package se.lofte.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressReading;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.situation.EffectChoice;
import se.lofte.situation.EffectPlaces;
import se.lofte.situation.Effects;

/**
 * Opening, assessing, signing and publishing the joint follow-ups of published promises. Every change goes through
 * here so that {@link FollowUpRules} and the lifecycle of {@link FollowUp} always apply. Rights are the promise's:
 * its parties' staff see a follow-up, their editors open and assess it, each party's signatories sign for it.
 */
@Service
public class FollowUpManagement {

    private static final String NO_ROLE = "No role in the promise's parties allows this";
    private static final String AUDIT_SUBJECT = "follow_up";

    private final FollowUps followUps;
    private final PromiseManagement promises;
    private final PublishedPromises published;
    private final Evidences evidences;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final ProgressReading progress;
    private final ProgressManagement indicators;
    private final MessageSource messages;
    private final EffectChoices effectChoices;
    private final ChosenEffects chosenEffects;
    private final Effects effects;

    FollowUpManagement(FollowUps followUps, PromiseManagement promises, PublishedPromises published,
                       Evidences evidences, ApplicationEventPublisher events, AuditTrail auditTrail, Clock clock,
                       ProgressReading progress, ProgressManagement indicators, MessageSource messages,
                       EffectChoices effectChoices, ChosenEffects chosenEffects, Effects effects) {
        this.effectChoices = effectChoices;
        this.chosenEffects = chosenEffects;
        this.effects = effects;
        this.progress = progress;
        this.indicators = indicators;
        this.messages = messages;
        this.followUps = followUps;
        this.promises = promises;
        this.published = published;
        this.evidences = evidences;
        this.events = events;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The result of opening or saving: the follow-up, or the problems that stopped it (nothing saved then). */
    public record Saved(FollowUpId id, List<Problem> problems, boolean signaturesVoided) {
        public Saved {
            problems = List.copyOf(problems);
        }

        public boolean saved() {
            return problems.isEmpty();
        }
    }

    /**
     * The promise as its parties' staff see it, published: a follow-up is of what was promised in public. Refused
     * for staff of other organisations; not found when the promise was never published.
     */
    public PublishedRevision publishedPromise(PromiseId id, StaffMember viewer) {
        return promises.published(id, viewer);
    }

    /** The follow-ups of the promise, the latest year first. */
    public List<FollowUpSummary> forPromise(PromiseId id, StaffMember viewer) {
        publishedPromise(id, viewer);
        return followUps.of(id);
    }

    /** Whether the person may open and assess the promise's follow-ups: an editor of one of its parties. */
    public boolean mayEdit(PublishedRevision latest, StaffMember member) {
        return member.hasAny(Role.EDITOR, latest.content().partyIds());
    }

    /** The years of the promise's period, in which a follow-up may be opened. */
    public static List<Integer> years(PromiseContent content) {
        return IntStream.rangeClosed(content.start().getYear(), content.end().getYear()).boxed().toList();
    }

    /** Opens the promise's follow-up of the year and kind; one of each per year. */
    @Transactional
    public Saved open(PromiseId id, Integer year, FollowUpKind kind, StaffMember editor) {
        PublishedRevision latest = publishedPromise(id, editor);
        requireEditor(latest, editor);
        List<Problem> problems = new ArrayList<>();
        if (year == null || !years(latest.content()).contains(year)) {
            problems.add(Problem.of("year", "followup.problem.year"));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "followup.problem.kind"));
        }
        if (problems.isEmpty() && followUps.find(id, year, kind).isPresent()) {
            problems.add(Problem.of("kind", "followup.problem.exists", Integer.toString(year)));
        }
        if (!problems.isEmpty()) {
            return new Saved(null, problems, false);
        }
        FollowUp followUp = FollowUp.open(id, year, kind, latest.content());
        FollowUpId created = followUps.insert(followUp, editor.username(), now());
        audit(created, "created", editor.username(), latest, null, load(created));
        return new Saved(created, List.of(), false);
    }

    public Optional<FollowUpView> find(FollowUpId id, StaffMember viewer) {
        Optional<PromiseId> promise = followUps.promiseOf(id);
        if (promise.isEmpty()) {
            return Optional.empty();
        }
        PublishedRevision latest = publishedPromise(promise.get(), viewer);
        return Optional.of(view(load(id, latest), latest));
    }

    /** What the system holds about each commitment and goal over the follow-up's days, as residents may see it. */
    public EvidenceByItem evidence(FollowUpView followUp) {
        return evidences.of(EvidenceRequest.of(followUp.latest(), followUp.year(), followUp.kind(), clock.instant()));
    }

    /** The places and categories a "did it work" choice on the follow-up may name: the parties' lägesbild. */
    public EffectPlaces effectPlaces(FollowUpView followUp) {
        return chosenEffects.offer(followUp.latest().content());
    }

    /** The "did it work" choices kept as evidence on the follow-up, in the order added, with their figures now. */
    public List<ChosenEffect> effects(FollowUpView followUp) {
        return chosenEffects.evaluated(followUp.latest().content(), effectChoices.of(followUp.id()));
    }

    /**
     * Keeps a "did it work" comparison as evidence on a commitment: a finished measure's focus place and days
     * ({@code from}..{@code to}, the "after"; the "before" is as many days just before, {@link EffectChoice}) against
     * a control area, as typed ({@code control} a place token, {@code buffer} metres, {@code category} optional).
     * The control must be among the parties' places and in the focus place's municipality, as on the effect page.
     * Only the promise's editors may, and only while nobody has signed and it was never published.
     */
    @Transactional
    public Saved addEffect(FollowUpId id, String commitmentKey, long focusPlace, LocalDate from, LocalDate to,
                           String control, String buffer, String category, StaffMember editor) {
        var found = loadFor(id, editor);
        requireEditor(found.latest(), editor);
        FollowUp followUp = found.followUp();
        followUp.requireEvidenceOpen();
        if (followUp.assessments().stream().noneMatch(a -> a.kind() == ItemKind.COMMITMENT
                && a.key().equals(commitmentKey))) {
            throw new NotFound("commitment");
        }
        var parsed = EffectChoice.parse("f:" + focusPlace, control, from.toString(), to.toString(), buffer, category);
        List<Problem> problems = new ArrayList<>();
        for (Problem p : parsed.problems()) {
            // The measure's place and days come from the measure, not from typing: a problem with them is the
            // measure's, told once.
            Problem told = List.of("control", "buffer").contains(p.field()) ? p
                    : Problem.of("measure", "followup.problem.effectMeasure");
            if (!problems.contains(told)) {
                problems.add(told);
            }
        }
        EffectChoice choice = parsed.choice();
        if (choice != null) {
            EffectPlaces places = chosenEffects.offer(found.latest().content());
            effects.refusals(choice, places).forEach(p -> problems.add("place".equals(p.field())
                    ? Problem.of("measure", "followup.problem.effectMeasure") : p));
            if (choice.category() != null && !places.categories().contains(choice.category())) {
                problems.add(Problem.of("category", "followup.problem.effectCategory"));
            }
            if (problems.isEmpty() && effectChoices.of(id).stream().anyMatch(s -> s.commitmentKey()
                    .equals(commitmentKey) && s.choice().equals(choice))) {
                problems.add(Problem.of("control", "followup.problem.effectExists"));
            }
        }
        if (!problems.isEmpty()) {
            return new Saved(id, problems, false);
        }
        FollowUpEffectId added = effectChoices.insert(id, commitmentKey, choice, editor.username(), now());
        // The follow-up's version moves, so that a signature given meanwhile and this choice never both stand.
        store(followUp, editor.username());
        auditTrail.record(new AuditEvent(editor.username(), new HashSet<>(found.latest().content().partyIds()),
                AUDIT_SUBJECT, id.toString(), "effect_added", null,
                AuditEvent.json(AuditedEffect.of(added, commitmentKey, choice))));
        return new Saved(id, List.of(), false);
    }

    /** Removes a "did it work" choice from the follow-up's evidence; refused as adding one is. */
    @Transactional
    public void removeEffect(FollowUpId id, FollowUpEffectId effect, StaffMember editor) {
        var found = loadFor(id, editor);
        requireEditor(found.latest(), editor);
        FollowUp followUp = found.followUp();
        followUp.requireEvidenceOpen();
        StoredEffect stored = effectChoices.of(id).stream().filter(s -> s.id().equals(effect)).findFirst()
                .orElseThrow(() -> new NotFound("effect of the follow-up"));
        effectChoices.delete(id, effect);
        store(followUp, editor.username());
        auditTrail.record(new AuditEvent(editor.username(), new HashSet<>(found.latest().content().partyIds()),
                AUDIT_SUBJECT, id.toString(), "effect_removed",
                AuditEvent.json(AuditedEffect.of(effect, stored.commitmentKey(), stored.choice())), null));
    }

    /** What the audit trail keeps of a "did it work" choice. */
    record AuditedEffect(long effect, String commitment, String place, String control, String from, String to,
                         int bufferMetres, String category) {
        static AuditedEffect of(FollowUpEffectId id, String commitment, EffectChoice c) {
            return new AuditedEffect(id.value(), commitment, c.target().token(), c.control().token(),
                    c.after().from().toString(), c.after().to().toString(), c.bufferMetres(), c.category());
        }
    }

    /**
     * Saves the verdicts, given in the order of the follow-up's rows. {@code expectedVersion} is the version the
     * page showed; if someone saved in between, nothing is saved and the person is told.
     */
    @Transactional
    public Saved save(FollowUpId id, int expectedVersion, List<Assessment> submitted, StaffMember editor) {
        var found = loadFor(id, editor);
        requireEditor(found.latest(), editor);
        FollowUp followUp = found.followUp();
        if (followUp.version() != expectedVersion) {
            return new Saved(id, List.of(Problem.of("followUp", "followup.problem.concurrentEdit")), false);
        }
        List<Assessment> rows = followUp.assessments();
        List<Assessment> assessed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Assessment row = rows.get(i);
            Assessment given = i < submitted.size() ? submitted.get(i) : null;
            assessed.add(given == null ? row
                    : new Assessment(row.kind(), row.key(), given.verdict(), given.reason(), given.explanation()));
        }
        List<Problem> problems = FollowUpRules.check(assessed);
        if (!problems.isEmpty()) {
            return new Saved(id, problems, false);
        }
        var before = audited(followUp);
        boolean voided = followUp.assess(assessed);
        store(followUp, editor.username());
        audit(id, "updated", editor.username(), found.latest(), before, followUp);
        return new Saved(id, List.of(), voided);
    }

    /**
     * Signs the current verdicts for a party; only that party's signatories may. Announces {@link FollowUpSigned} in
     * the same transaction, so that the other parties hear of it once the signature is stored.
     */
    @Transactional
    public void sign(FollowUpId id, OrganisationId party, StaffMember signatory) {
        var found = loadFor(id, signatory);
        if (!signatory.has(Role.SIGNATORY, party)) {
            throw new NotAllowed(NO_ROLE);
        }
        FollowUp followUp = found.followUp();
        var before = audited(followUp);
        followUp.sign(party, signatory.username(), now());
        store(followUp, signatory.username());
        audit(id, "signed", signatory.username(), found.latest(), before, followUp);
        events.publishEvent(new FollowUpSigned(id, followUp.promise(), party, followUp.version() + 1));
    }

    /**
     * Publishes the signed verdicts, with the evidence as it stands now, as the promise's next revision, and
     * announces {@link FollowUpPublished} in the same transaction.
     */
    @Transactional
    public PublishedRevision publish(FollowUpId id, StaffMember editor, String publisherName) {
        var found = loadFor(id, editor);
        requireEditor(found.latest(), editor);
        FollowUp followUp = found.followUp();
        var before = audited(followUp);
        followUp.publish();
        var evidence = evidences.of(EvidenceRequest.of(found.latest(), followUp.year(), followUp.kind(),
                clock.instant()));
        String json = FollowUpJson.write(document(followUp, found.latest().content(), evidence));
        PublishedRevision revision = promises.publishFollowUp(followUp.promise(), json, editor, publisherName);
        followUp.publishedAs(revision.number());
        store(followUp, editor.username());
        audit(id, "published", editor.username(), found.latest(), before, followUp);
        events.publishEvent(new FollowUpPublished(id, followUp.promise(), revision.number(), followUp.year(),
                followUp.kind()));
        return revision;
    }

    /**
     * What "Nästa års löfte" carries over from this published year-end follow-up, and the promise it made (or the one
     * already there for that year: a municipality has one promise per start year), if any.
     */
    public record Carry(NextYear nextYear, Optional<PromiseId> made) {
    }

    /**
     * The draft next year's promise would be from this follow-up, for the page that shows what is carried and what is
     * left out, with the promise already made for that year, if any.
     */
    public Carry nextYear(FollowUpId id, StaffMember viewer) {
        var found = loadFor(id, viewer);
        NextYear next = nextYear(found);
        return new Carry(next, promises.sameStartYear(next.content(), null));
    }

    /**
     * Makes next year's draft from this published year-end follow-up ("Nästa års löfte"), linked to the promise it
     * continues, with the carried goals measured by the sources they had. Refused when a promise of the municipality
     * already starts that year (the {@link Carry} names it); only an editor of the promise's parties may.
     */
    @Transactional
    public Carry makeNextYear(FollowUpId id, StaffMember editor) {
        var found = loadFor(id, editor);
        requireEditor(found.latest(), editor);
        NextYear next = nextYear(found);
        var existing = promises.sameStartYear(next.content(), null);
        if (existing.isPresent()) {
            throw new FollowUpRefusal("followup.refusal.nextYearExists",
                    Integer.toString(next.content().startYear()));
        }
        var saved = promises.createNextYear(found.followUp().promise(), next.content(), editor);
        if (!saved.saved()) {
            throw new FollowUpRefusal("followup.refusal.nextYearRefused", saved.problems().stream()
                    .map(p -> p.field()).distinct().reduce((a, b) -> a + ", " + b).orElse(""));
        }
        indicators.carryIndicators(found.followUp().promise(), saved.id(), next.carried().stream()
                .filter(i -> i.kind() == ItemKind.GOAL).map(NextYear.Item::key).toList(), editor);
        return new Carry(next, Optional.of(saved.id()));
    }

    /** Next year's draft from a published year-end follow-up; refused for any other. */
    private NextYear nextYear(Found found) {
        FollowUp followUp = found.followUp();
        if (followUp.kind() != FollowUpKind.YEAR_END || followUp.publishedRevision() == null) {
            throw new FollowUpRefusal("followup.refusal.nextYearNotPublished");
        }
        var revision = published.revision(followUp.promise(), followUp.publishedRevision())
                .orElseThrow(() -> new NotFound("published follow-up"));
        var publishedFollowUp = PublishedFollowUp.of(revision).orElseThrow(() -> new NotFound("published follow-up"));
        Map<String, BigDecimal> latest = new HashMap<>();
        progress.goals(found.latest()).stream().filter(g -> g.value() != null)
                .forEach(g -> latest.put(g.goalKey(), g.value()));
        Locale sv = Locale.forLanguageTag("sv");
        return NextYear.of(found.latest().content(), publishedFollowUp, latest, item -> messages.getMessage(
                item.reason() == null ? "followup.nextYear.note" : "followup.nextYear.noteWithReason",
                new Object[] {Integer.toString(followUp.year()),
                        messages.getMessage("followup.verdict." + item.verdict().name(), null, sv).toLowerCase(sv),
                        item.reason() == null ? ""
                                : messages.getMessage("followup.reason." + item.reason().name(), null, sv)
                                .toLowerCase(sv)}, sv));
    }

    private static FollowUpDocument document(FollowUp followUp, PromiseContent content, EvidenceByItem evidence) {
        return new FollowUpDocument(followUp.id().value(), followUp.kind(), followUp.year(),
                followUp.assessments().stream().map(a -> new FollowUpDocument.Item(a.kind(), a.key(), a.verdict(),
                        a.reason(), a.explanation(), evidence.of(a.kind(), a.key()).stream()
                        .map(e -> new FollowUpDocument.EvidenceLine(e.sv(), e.en())).toList())).toList(),
                followUp.signatures().stream().map(s -> new FollowUpDocument.Signed(s.party().value(),
                        content.partyName(s.party()), s.signedBy(), s.signedAt().toInstant().toString())).toList());
    }

    private record Found(FollowUp followUp, PublishedRevision latest) {
    }

    /** The follow-up with its promise's latest revision, for a person of its parties; refused for anyone else. */
    private Found loadFor(FollowUpId id, StaffMember member) {
        PromiseId promise = followUps.promiseOf(id).orElseThrow(() -> new NotFound("follow-up"));
        PublishedRevision latest = publishedPromise(promise, member);
        return new Found(load(id, latest), latest);
    }

    private FollowUp load(FollowUpId id) {
        PromiseId promise = followUps.promiseOf(id).orElseThrow(() -> new NotFound("follow-up"));
        return load(id, published.latest(promise).orElseThrow(() -> new NotFound("published promise")));
    }

    /**
     * The follow-up with rows for the latest revision's commitments and goals: a revision since it was opened may
     * have added or removed some, which is a change like any other and voids the signatures on the rows before.
     */
    private FollowUp load(FollowUpId id, PublishedRevision latest) {
        FollowUp followUp = followUps.find(id, latest.content().parties()).orElseThrow(() -> new NotFound("follow-up"));
        followUp.assess(FollowUp.rows(latest.content(), followUp.assessments()));
        return followUp;
    }

    private static FollowUpView view(FollowUp f, PublishedRevision latest) {
        return new FollowUpView(f.id(), latest, f.year(), f.kind(), f.assessments(), f.signatures(),
                f.unpublishedChanges(), f.publishedRevision(), f.version(), FollowUpRules.unfinished(f.assessments()));
    }

    private void store(FollowUp followUp, String by) {
        if (!followUps.update(followUp, by, now())) {
            throw new FollowUpRefusal("followup.problem.concurrentEdit");
        }
    }

    private static void requireEditor(PublishedRevision latest, StaffMember editor) {
        if (!editor.hasAny(Role.EDITOR, latest.content().partyIds())) {
            throw new NotAllowed(NO_ROLE);
        }
    }

    /** What the audit trail keeps of a follow-up. */
    record Audited(int year, String kind, List<Assessment> assessments, List<Long> signedBy, boolean unpublishedChanges,
                   Integer publishedRevision) {
    }

    private static Audited audited(FollowUp f) {
        return new Audited(f.year(), f.kind().name(), f.assessments(),
                f.signatures().stream().map(s -> s.party().value()).toList(), f.unpublishedChanges(),
                f.publishedRevision());
    }

    private void audit(FollowUpId id, String action, String actor, PublishedRevision latest, Audited before,
                       FollowUp after) {
        var concerned = new HashSet<>(latest.content().partyIds());
        auditTrail.record(new AuditEvent(actor, concerned, AUDIT_SUBJECT, id.toString(), action,
                before == null ? null : AuditEvent.json(before), AuditEvent.json(audited(after))));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
