package se.lofte.promises.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.Theme;
import se.lofte.shared.Dates;
import se.lofte.shared.Numbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/** Turns the typed form into promise content and back; typing mistakes become problems on their field. */
final class PromiseForms {

    private PromiseForms() {
    }

    static List<OrganisationId> partyIds(PromiseForm form) {
        List<OrganisationId> ids = new ArrayList<>();
        if (form.getPoliceId() != null) {
            ids.add(new OrganisationId(form.getPoliceId()));
        }
        if (form.getMunicipalityId() != null) {
            ids.add(new OrganisationId(form.getMunicipalityId()));
        }
        form.getOtherActorIds().stream().filter(Objects::nonNull).map(OrganisationId::new).forEach(ids::add);
        return ids;
    }

    /**
     * The content the form describes; unreadable dates and numbers are left out and reported. Focus places are
     * ticked by id and named from {@code offered} (the parties' focus places, and those the working copy already
     * refers to); an id not offered is reported on its field. The keys of commitments and goals are passed on as
     * the hidden fields sent them, blank for a new row: {@code PromiseManagement} decides what they become.
     */
    static PromiseContent toContent(PromiseForm f, List<PromiseContent.Party> parties,
                                    Map<Long, PromiseContent.FocusPlaceRef> offered, List<Problem> problems) {
        List<PromiseContent.Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < f.getCommitments().size(); i++) {
            var c = f.getCommitments().get(i);
            commitments.add(new PromiseContent.Commitment(c.getKey(), Typed.text(c.getTitle()),
                    Typed.text(c.getText()),
                    c.getResponsible().stream().filter(Objects::nonNull).distinct().map(OrganisationId::new).toList(),
                    refs(c.getFocusPlaceIds(), offered, "commitments[" + i + "].focusPlaceIds", problems),
                    theme(c.getTheme(), "commitments[" + i + "].theme", problems)));
        }
        List<PromiseContent.Goal> goals = new ArrayList<>();
        for (int i = 0; i < f.getGoals().size(); i++) {
            var g = f.getGoals().get(i);
            String path = "goals[" + i + "]";
            PromiseContent.NumericTarget numeric = null;
            if (g.numeric()) {
                numeric = new PromiseContent.NumericTarget(Typed.text(g.getIndicator()), Typed.text(g.getUnit()),
                        number(g.getBaseline(), path + ".baseline", problems),
                        number(g.getTarget(), path + ".target", problems),
                        "DECREASE".equals(g.getDirection()) ? PromiseContent.Direction.DECREASE
                                : PromiseContent.Direction.INCREASE,
                        Dates.field(path + ".deadline", g.getDeadline(), problems));
            }
            goals.add(new PromiseContent.Goal(g.getKey(), g.getOwner() == null ? null : new OrganisationId(g.getOwner()),
                    Typed.text(g.getText()), numeric));
        }
        List<PromiseContent.Signatory> signatories = f.getSignatories().stream()
                .map(s -> new PromiseContent.Signatory(Typed.text(s.getName()), Typed.text(s.getRole()),
                        s.getParty() == null ? null : new OrganisationId(s.getParty())))
                .toList();
        boolean hasImage = !f.isRemoveImage() && !PromiseForm.isBlank(f.getImageSha());
        var image = new PromiseContent.Image(hasImage ? f.getImageSha() : null,
                hasImage ? f.getImageContentType() : null,
                Typed.text(f.getImageAlt()), Typed.text(f.getImageCaption()), Typed.text(f.getImageCredit()));
        return new PromiseContent(parties, Dates.field("start", f.getStart(), problems),
                Dates.field("end", f.getEnd(), problems),
                Typed.text(f.getTitle()), Typed.text(f.getLead()), Typed.text(f.getSituation()), commitments, goals,
                f.getFocusPlaces().stream().map(Typed::text).toList(),
                refs(f.getFocusPlaceIds(), offered, "focusPlaceIds", problems),
                new PromiseContent.FollowUpPlan(Typed.text(f.getFollowUpFrequency()),
                        Typed.text(f.getFollowUpConvener())),
                Typed.text(f.getFollowAlong()), signatories, image.isEmpty() ? null : image);
    }

    /** The theme chosen, null for none; anything not offered is reported on its field rather than dropped. */
    private static Theme theme(String chosen, String field, List<Problem> problems) {
        if (PromiseForm.isBlank(chosen)) {
            return null;
        }
        var theme = Theme.parse(chosen);
        if (theme.isEmpty()) {
            problems.add(Problem.of(field, "problem.theme"));
        }
        return theme.orElse(null);
    }

    static PromiseForm fromContent(PromiseContent c, int version, Locale locale) {
        var f = new PromiseForm();
        f.setVersion(version);
        for (var party : c.parties()) {
            switch (party.kind()) {
                case LOCAL_POLICE_AREA -> f.setPoliceId(party.id().value());
                case MUNICIPALITY -> f.setMunicipalityId(party.id().value());
                case OTHER_ACTOR, POLICE_AREA, POLICE_REGION -> f.getOtherActorIds().add(party.id().value());
            }
        }
        f.setStart(text(c.start()));
        f.setEnd(text(c.end()));
        f.setTitle(c.title());
        f.setLead(c.lead());
        f.setSituation(c.situation());
        for (var commitment : c.commitments()) {
            var cf = new PromiseForm.CommitmentForm();
            cf.setKey(commitment.key());
            cf.setTitle(commitment.title());
            cf.setText(commitment.text());
            cf.setResponsible(new ArrayList<>(commitment.responsible().stream().map(OrganisationId::value).toList()));
            cf.setFocusPlaceIds(new ArrayList<>(commitment.focusPlaceRefs().stream().map(PromiseContent.FocusPlaceRef::id)
                    .toList()));
            cf.setTheme(commitment.theme() == null ? "" : commitment.theme().name());
            f.getCommitments().add(cf);
        }
        for (var goal : c.goals()) {
            var gf = new PromiseForm.GoalForm();
            gf.setKey(goal.key());
            gf.setOwner(goal.owner() == null ? null : goal.owner().value());
            gf.setText(goal.text());
            if (goal.numeric() != null) {
                var n = goal.numeric();
                gf.setKind("NUMERIC");
                gf.setIndicator(n.indicator());
                gf.setUnit(n.unit());
                gf.setBaseline(Numbers.of(n.baseline(), locale));
                gf.setTarget(Numbers.of(n.target(), locale));
                gf.setDirection(n.direction() == null ? "INCREASE" : n.direction().name());
                gf.setDeadline(text(n.deadline()));
            }
            f.getGoals().add(gf);
        }
        f.getFocusPlaces().addAll(c.focusPlaces());
        c.focusPlaceRefs().forEach(ref -> f.getFocusPlaceIds().add(ref.id()));
        if (c.followUp() != null) {
            f.setFollowUpFrequency(c.followUp().frequency());
            f.setFollowUpConvener(c.followUp().convener());
        }
        f.setFollowAlong(c.followAlong());
        for (var s : c.signatories()) {
            var sf = new PromiseForm.SignatoryForm();
            sf.setName(s.name());
            sf.setRole(s.role());
            sf.setParty(s.party() == null ? null : s.party().value());
            f.getSignatories().add(sf);
        }
        if (c.image() != null) {
            f.setImageSha(c.image().sha256() == null ? "" : c.image().sha256());
            f.setImageContentType(c.image().contentType() == null ? "" : c.image().contentType());
            f.setImageAlt(c.image().alt());
            f.setImageCaption(c.image().caption());
            f.setImageCredit(c.image().credit());
        }
        return f;
    }

    /** A new promise's form, set for the coming calendar year as most promises are. */
    static PromiseForm blank() {
        var f = new PromiseForm();
        int year = LocalDate.now().getYear() + 1;
        f.setStart(LocalDate.of(year, 1, 1).toString());
        f.setEnd(LocalDate.of(year, 12, 31).toString());
        f.setTitle("Medborgarlöfte för " + year);
        return f;
    }

    /** The ticked focus places in the order offered, so that ticking order never reads as a change of text. */
    private static List<PromiseContent.FocusPlaceRef> refs(List<Long> ids, Map<Long, PromiseContent.FocusPlaceRef> offered,
                                                           String field, List<Problem> problems) {
        var ticked = ids.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        if (!offered.keySet().containsAll(ticked)) {
            problems.add(Problem.of(field, "places.problem.unknownFocusPlace"));
        }
        return offered.values().stream().filter(ref -> ticked.contains(ref.id())).toList();
    }

    /** Accepts "5", "2,5", "2.5" and "1 000"; anything else is reported on the field. */
    private static BigDecimal number(String value, String field, List<Problem> problems) {
        if (PromiseForm.isBlank(value)) {
            return null;
        }
        BigDecimal number = Numbers.parse(value);
        if (number == null) {
            problems.add(Problem.of(field, "problem.number"));
        }
        return number;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
