package se.lofte.dialogue;

import se.lofte.organisations.OrganisationId;

/** A meeting of the municipality was recorded, changed or removed: what the public site shows of it changed. */
public record MeetingsChanged(OrganisationId municipality) {
}
