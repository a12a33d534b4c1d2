package se.lofte.dialogue;

import se.lofte.shared.PersonalMentions;

/** What looks like a name or phone number in a public text of a meeting, for the editor to check: where and what. */
public record Mention(String field, PersonalMentions.Kind kind, String text) {
}
