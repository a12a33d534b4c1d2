package se.lofte.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.places.Area;
import se.lofte.places.Places;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

/**
 * What the public site shows of dialogue meetings. Every meeting is public from when it is recorded (a planned
 * meeting is an invitation); only commitments of a published promise are linked, as the promise's public page
 * shows them.
 */
@Service
public class PublicMeetings {

    private final Meetings meetings;
    private final Organisations organisations;
    private final PublishedPromises published;
    private final Places places;

    PublicMeetings(Meetings meetings, Organisations organisations, PublishedPromises published, Places places) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.published = published;
        this.places = places;
    }

    /** The public address of the municipality's list of meetings: {@code /kommun/bengtsfors/dialog}. */
    public static String address(String municipalitySlug) {
        return "/kommun/" + municipalitySlug + "/dialog";
    }

    public static String address(String municipalitySlug, MeetingId meeting) {
        return address(municipalitySlug) + "/" + meeting.value();
    }

    /** Every meeting of the municipality, soonest first. */
    public List<Meeting> ofMunicipality(OrganisationId municipality) {
        return named(municipality, meetings.ofMunicipality(municipality));
    }

    /** The meeting, when it is one of the municipality's. */
    public Optional<Meeting> find(OrganisationId municipality, MeetingId id) {
        return meetings.find(id).filter(m -> m.municipality().equals(municipality))
                .map(m -> named(municipality, List.of(m)).getFirst());
    }

    public Optional<PhotoFile> photo(String sha256) {
        return meetings.photo(sha256);
    }

    /**
     * The commitments of published promises the meeting led to, in the order of each promise; a commitment no
     * longer in the promise's published text is left out.
     */
    public List<PublicCommitment> commitments(Meeting meeting) {
        List<PublicCommitment> shown = new ArrayList<>();
        Map<PromiseId, Optional<PublishedRevision>> revisions = new LinkedHashMap<>();
        for (CommitmentRef ref : meeting.commitments()) {
            revisions.computeIfAbsent(ref.promise(), published::latest);
        }
        revisions.forEach((promise, revision) -> revision.ifPresent(r -> {
            Optional<String> page = published.address(r.content());
            List<PromiseContent.Commitment> commitments = r.content().commitments();
            for (int i = 0; i < commitments.size(); i++) {
                String key = commitments.get(i).key();
                if (page.isPresent() && meeting.commitments().contains(new CommitmentRef(promise, key))) {
                    shown.add(new PublicCommitment(r.content().title(), (i + 1) + ". " + commitments.get(i).title(),
                            page.get() + "#commitment-" + key));
                }
            }
        }));
        return shown;
    }

    /** The meetings behind each commitment of the promise, by the commitment's key, soonest first. */
    public PromiseDialogue behindCommitments(PromiseId promise) {
        Map<String, List<MeetingLink>> behind = new LinkedHashMap<>();
        Map<OrganisationId, Optional<String>> slugs = new LinkedHashMap<>();
        for (Meeting m : meetings.withCommitmentsOf(promise)) {
            Optional<String> slug = slugs.computeIfAbsent(m.municipality(),
                    id -> organisations.find(id).map(Organisation::slug));
            if (slug.isEmpty()) {
                continue;
            }
            MeetingLink link = new MeetingLink(m.title(), m.form(), m.startsAt(), address(slug.get(), m.id()));
            m.commitments().stream().filter(c -> c.promise().equals(promise))
                    .forEach(c -> behind.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(link));
        }
        return new PromiseDialogue(behind);
    }

    /**
     * The meetings with the names of their areas, read in one go: an area is always one of the municipality's
     * parties' (checked when saved), so however many meetings there are the page reads the same.
     */
    private List<Meeting> named(OrganisationId municipality, List<Meeting> found) {
        if (found.stream().allMatch(m -> m.areaId() == null)) {
            return found;
        }
        List<OrganisationId> parties = new ArrayList<>(List.of(municipality));
        organisations.coveringLocalPoliceAreas(municipality).forEach(o -> parties.add(o.id()));
        Map<Long, String> names = places.areas(parties).stream().collect(Collectors.toMap(Area::id, Area::name));
        return found.stream().map(m -> m.areaId() == null ? m : DialogueManagement.withArea(m, names.get(m.areaId())))
                .toList();
    }
}
