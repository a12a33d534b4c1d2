package se.lofte.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import se.lofte.organisations.OrganisationId;

/**
 * A meeting as staff submit it, read from the form but not yet checked ({@link MeetingRules}). {@code form},
 * the day and times are null when not given; texts are never null.
 */
public record MeetingInput(String title, MeetingForm form, LocalDate day, LocalTime start, LocalTime end,
                           String place, Long areaId, List<OrganisationId> organisers, String organisersText,
                           Map<ParticipantGroup, Integer> participants, String topics, String summary,
                           boolean cancelled, List<CommitmentRef> commitments, NewPhoto newPhoto,
                           List<KeptPhoto> keptPhotos) {

    public MeetingInput {
        organisers = List.copyOf(organisers);
        participants = Map.copyOf(participants);
        commitments = List.copyOf(commitments);
        keptPhotos = List.copyOf(keptPhotos);
    }

    /** A photo added with this save: the file as uploaded (cleaned before it is stored) and its alternative text. */
    public record NewPhoto(String fileName, byte[] data, String alt) {
    }

    /** A photo stored before: its alternative text as now written, or removed. */
    public record KeptPhoto(long id, String alt, boolean remove) {
    }
}
