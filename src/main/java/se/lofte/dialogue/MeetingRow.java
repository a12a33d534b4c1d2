package se.lofte.dialogue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import se.lofte.organisations.OrganisationId;

/** A meeting's checked fields as they are written, texts stripped. */
record MeetingRow(String title, MeetingForm form, OffsetDateTime startsAt, OffsetDateTime endsAt, String place,
                  Long areaId, List<OrganisationId> organisers, String organisersText,
                  Map<ParticipantGroup, Integer> participants, List<String> topics, String summary, boolean cancelled,
                  List<CommitmentRef> commitments) {
}
