package se.lofte.dialogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import se.lofte.organisations.OrganisationId;

/**
 * A recorded meeting as staff and the public site read it. {@code participants} holds the groups with a count
 * above 0 in the order of {@link ParticipantGroup}; {@code areaName} is null when no area was chosen.
 */
public record Meeting(MeetingId id, OrganisationId municipality, String uid, int sequence, String title,
                      MeetingForm form, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, Long areaId,
                      String areaName, List<OrganisationId> organisers, String organisersText,
                      Map<ParticipantGroup, Integer> participants, List<String> topics, String summary,
                      boolean cancelled, List<CommitmentRef> commitments, List<MeetingPhoto> photos,
                      OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    /** Held once it has ended; until then it is planned. */
    public boolean held(Instant now) {
        return !endsAt.toInstant().isAfter(now);
    }

    public int participantsTotal() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
