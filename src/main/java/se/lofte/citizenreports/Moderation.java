package se.lofte.citizenreports;

/** Where a report stands with the moderators: new (not yet public), published, hidden or merged into another. */
public enum Moderation {
    NEW, PUBLISHED, HIDDEN, MERGED;

    public String messageKey() {
        return "cr.moderation." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
