package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lofte.promises.PromiseFixtures.*;

class PromiseLifecycleTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

    @Test
    void publishingIsRefusedUntilEveryPartyHasSigned() {
        Promise promise = Promise.draft(complete());
        promise.sign(POLICE.id(), "anna", NOW);
        assertThatThrownBy(promise::publish).isInstanceOfSatisfying(PromiseRefusal.class,
                r -> assertThat(r.problem().code()).isEqualTo("refusal.unsigned"));
        promise.sign(AMAL.id(), "bo", NOW);
        assertThat(promise.publish()).isEqualTo(1);
        assertThat(promise.state()).isEqualTo(PromiseState.PUBLISHED);
    }

    @Test
    void anEditAfterSigningVoidsTheSignatures() {
        Promise promise = Promise.draft(complete());
        promise.sign(POLICE.id(), "anna", NOW);
        assertThat(promise.edit(withTitle(complete(), "Ny rubrik"))).isTrue();
        assertThat(promise.signatures()).isEmpty();
    }

    @Test
    void savingTheSameTextKeepsTheSignatures() {
        Promise promise = Promise.draft(complete());
        promise.sign(POLICE.id(), "anna", NOW);
        assertThat(promise.edit(complete())).isFalse();
        assertThat(promise.signatures()).hasSize(1);
    }

    @Test
    void onlyPartiesSign() {
        Promise promise = Promise.draft(complete());
        assertThatThrownBy(() -> promise.sign(new se.lofte.organisations.OrganisationId(99), "x", NOW))
                .isInstanceOf(PromiseRefusal.class);
    }

    @Test
    void anUnfinishedPromiseCannotBeSigned() {
        var c = complete();
        Promise promise = Promise.draft(new PromiseContent(c.parties(), c.start(), c.end(), c.title(), "", "",
                List.of(), List.of(), List.of(), List.of(), null, "", List.of(), null));
        assertThatThrownBy(() -> promise.sign(POLICE.id(), "anna", NOW)).isInstanceOfSatisfying(PromiseRefusal.class,
                r -> assertThat(r.problem().code()).isEqualTo("refusal.unfinished"));
    }

    @Test
    void revisingARepublishedPromiseNumbersTheNextRevision() {
        Promise promise = published();
        promise.edit(withTitle(complete(), "Reviderad"));
        assertThatThrownBy(promise::publish).isInstanceOf(PromiseRefusal.class);
        promise.sign(POLICE.id(), "anna", NOW);
        promise.sign(AMAL.id(), "bo", NOW);
        assertThat(promise.publish()).isEqualTo(2);
    }

    @Test
    void nothingNewIsNotPublishedTwice() {
        Promise promise = published();
        assertThatThrownBy(promise::publish).isInstanceOfSatisfying(PromiseRefusal.class,
                r -> assertThat(r.problem().code()).isEqualTo("refusal.nothingToPublish"));
    }

    @Test
    void aClosedPromiseChangesNoMore() {
        Promise promise = published();
        promise.close();
        assertThat(promise.state()).isEqualTo(PromiseState.CLOSED);
        assertThatThrownBy(() -> promise.edit(withTitle(complete(), "x"))).isInstanceOf(PromiseRefusal.class);
        assertThatThrownBy(() -> promise.sign(POLICE.id(), "anna", NOW)).isInstanceOf(PromiseRefusal.class);
    }

    @Test
    void aDraftCannotBeClosedOrExtended() {
        Promise promise = Promise.draft(complete());
        assertThatThrownBy(promise::close).isInstanceOf(PromiseRefusal.class);
        assertThatThrownBy(promise::extend).isInstanceOf(PromiseRefusal.class);
    }

    @Test
    void extendingAddsOneYearOnceAndNeedsNewSignatures() {
        Promise promise = published();
        promise.extend();
        assertThat(promise.content().end()).isEqualTo(complete().end().plusYears(1));
        assertThat(promise.unpublishedChanges()).isTrue();
        assertThat(promise.signatures()).isEmpty();
        assertThatThrownBy(promise::extend).isInstanceOf(PromiseRefusal.class);
    }

    private static Promise published() {
        Promise promise = Promise.draft(complete());
        promise.sign(POLICE.id(), "anna", NOW);
        promise.sign(AMAL.id(), "bo", NOW);
        promise.publish();
        return promise;
    }
}
