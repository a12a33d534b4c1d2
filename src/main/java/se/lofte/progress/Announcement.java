package se.lofte.progress;

/** Texts staff copy to tell of an update elsewhere: a social-media post and a press release, in Swedish. */
public record Announcement(String post, String pressRelease) {
}
