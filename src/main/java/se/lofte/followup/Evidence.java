package se.lofte.followup;

/** One line of evidence on a commitment or goal (named by its kind and key), in Swedish and English. */
public record Evidence(ItemKind kind, String key, String sv, String en) {
}
