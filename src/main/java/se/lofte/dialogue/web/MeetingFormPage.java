package se.lofte.dialogue.web;

import java.util.List;
import java.util.Optional;

import se.lofte.dialogue.CommitmentChoice;
import se.lofte.dialogue.Meeting;
import se.lofte.dialogue.Mention;
import se.lofte.organisations.Organisation;
import se.lofte.places.Area;
import se.lofte.shared.FieldErrors;

/** Everything the meeting form shows: the municipality, the meeting when it is changed, the choices offered. */
public record MeetingFormPage(Organisation municipality, Optional<Meeting> meeting, MeetingFields form,
                              FieldErrors errors, List<Organisation> parties, List<Area> areas,
                              List<CommitmentChoice> commitments, List<Mention> mentions) {
}
