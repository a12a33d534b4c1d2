package se.lofte.publishing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationContext;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.followup.Assessment;
import se.lofte.followup.FollowUpKind;
import se.lofte.followup.FollowUpManagement;
import se.lofte.followup.ItemKind;
import se.lofte.followup.Reason;
import se.lofte.followup.Verdict;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseFixtures;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.promises.Theme;
import se.lofte.testing.SpringFixture;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

/**
 * Published promises for the public-site tests: the seed promise's text moved to a year of its own, so a
 * test can publish, revise and measure without touching the seed. A Spring test registers it:
 * <pre>{@code @RegisterExtension final TestPromises promises = new TestPromises();}</pre>
 */
final class TestPromises extends SpringFixture {

    private PromiseManagement management;
    private PublishedPromises published;
    private Organisations organisations;
    private FollowUpManagement followUps;
    private TestStaff accounts;

    @Override
    public void use(ApplicationContext spring) {
        followUps = spring.getBean(FollowUpManagement.class);
        accounts = spring.getBean(TestStaff.class);
        management = spring.getBean(PromiseManagement.class);
        published = spring.getBean(PublishedPromises.class);
        organisations = spring.getBean(Organisations.class);
    }

    /** The Bengtsfors seed promise moved to a fresh year, changed as given, signed and published. */
    Published publish(UnaryOperator<PromiseContent> change) {
        return publish(TestYears.next(), change);
    }

    /** The same in a given year, which no other promise of Bengtsfors may start in. */
    Published publish(int year, UnaryOperator<PromiseContent> change) {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        PromiseContent seed = published.ofMunicipalityStarting(bengtsfors.id(), 2019).orElseThrow().content();
        PromiseContent content = change.apply(inYear(seed, year));
        PromiseId id = management.create(content, staff(content)).id();
        signAndPublish(id, content);
        return new Published(id, year, "/kommun/bengtsfors/medborgarlofte/" + year);
    }

    /**
     * An account that edits and signs for every party of the promise and signs in through the login form with the
     * password this returns, for a browser to write as the parties' staff.
     */
    String editorAndSignatoryOfEveryParty(String username, PromiseId id) {
        latest(id).content().parties().forEach(p -> accounts.signingIn(username, p.id(), Role.EDITOR,
                Role.SIGNATORY));
        return TestStaff.password(username);
    }

    /** The revision of the promise that the public sees now. */
    PublishedRevision latest(PromiseId id) {
        return published.latest(id).orElseThrow();
    }

    /** Edits the published promise, signs the edit and publishes it as the next revision. */
    void revise(PromiseId id, UnaryOperator<PromiseContent> change) {
        var view = management.find(id, staff(latest(id).content())).orElseThrow();
        PromiseContent content = change.apply(view.content());
        management.update(id, view.version(), content, staff(content));
        signAndPublish(id, content);
    }

    /**
     * Opens the promise's year-end follow-up, judges every commitment and goal fulfilled, and has every party sign
     * it before it is published as the promise's next revision.
     */
    void publishFollowUp(Published promise) {
        publishFollowUp(promise, Verdict.FULFILLED, null, "");
    }

    /**
     * The same with every commitment and goal judged {@code verdict}, for {@code reason} (needed unless fulfilled),
     * explained as given.
     */
    void publishFollowUp(Published promise, Verdict verdict, Reason reason, String explanation) {
        publishFollowUp(promise, a -> new Assessment(a.kind(), a.key(), verdict, reason, explanation));
    }

    /**
     * The same with each commitment judged as {@code verdicts} gives it by its number (from 0), for the reason
     * {@code OTHER} unless fulfilled, and every goal fulfilled.
     */
    void publishFollowUp(Published promise, List<Verdict> verdicts) {
        List<String> keys = latest(promise.id()).content().commitments().stream()
                .map(PromiseContent.Commitment::key).toList();
        publishFollowUp(promise, a -> {
            Verdict verdict = a.kind() == ItemKind.COMMITMENT ? verdicts.get(keys.indexOf(a.key())) : Verdict.FULFILLED;
            return verdict == Verdict.FULFILLED ? new Assessment(a.kind(), a.key(), verdict, null, "")
                    : new Assessment(a.kind(), a.key(), verdict, Reason.OTHER, "Arbetet blev försenat.");
        });
    }

    private void publishFollowUp(Published promise, UnaryOperator<Assessment> judge) {
        var staff = staff(latest(promise.id()).content());
        var opened = followUps.open(promise.id(), promise.year(), FollowUpKind.YEAR_END, staff);
        var view = followUps.find(opened.id(), staff).orElseThrow();
        var saved = followUps.save(view.id(), view.version(), view.rows().stream().map(judge).toList(), staff);
        if (!saved.saved()) {
            throw new IllegalStateException("Test follow-up refused: " + saved.problems());
        }
        view.latest().content().parties().forEach(p -> followUps.sign(view.id(), p.id(), staff));
        followUps.publish(view.id(), staff, "Eva Editor");
    }

    private void signAndPublish(PromiseId id, PromiseContent content) {
        content.parties().forEach(p -> management.sign(id, p.id(), staff(content)));
        management.publish(id, staff(content), "Eva Editor");
    }

    /**
     * The commitments tagged with these themes in order (null: not stated), the first commitment's text repeated
     * under new keys where there are more themes than commitments, and commitments beyond them dropped.
     */
    static PromiseContent withThemes(PromiseContent c, Theme... themes) {
        List<PromiseContent.Commitment> commitments = new java.util.ArrayList<>();
        for (int i = 0; i < themes.length; i++) {
            var m = c.commitments().get(Math.min(i, c.commitments().size() - 1));
            commitments.add(new PromiseContent.Commitment(i < c.commitments().size() ? m.key() : "", m.title() + " " + i,
                    m.text(), m.responsible(), m.focusPlaceRefs(), themes[i]));
        }
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), commitments,
                c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(),
                c.image());
    }

    private static PromiseContent inYear(PromiseContent c, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<PromiseContent.Goal> goals = c.goals().stream().map(g -> !g.isNumeric() ? g
                : new PromiseContent.Goal(g.key(), g.owner(), g.text(), new PromiseContent.NumericTarget(
                        g.numeric().indicator(), g.numeric().unit(), g.numeric().baseline(), g.numeric().target(),
                        g.numeric().direction(), end))).toList();
        return PromiseFixtures.withGoals(new PromiseContent(c.parties(), LocalDate.of(year, 1, 1), end, c.title(), c.lead(),
                c.situation(), c.commitments(), c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(),
                c.followAlong(), c.signatories(), c.image()), goals);
    }

    /** An editor and signatory of every party of the promise. */
    static StaffMember staff(PromiseContent content) {
        var memberships = new HashSet<Membership>();
        for (var party : content.parties()) {
            memberships.add(new Membership(party.id(), Role.EDITOR));
            memberships.add(new Membership(party.id(), Role.SIGNATORY));
        }
        return new StaffMember("editor", "Eva Editor", false, memberships);
    }

    record Published(PromiseId id, int year, String path) {
    }
}
