package se.lofte.dialogue;

/** A photo of a meeting, as pages show it: by its SHA-256 address, with its alternative text. */
public record MeetingPhoto(long id, String sha256, String contentType, String alt) {

    /** Where the public site serves it: its content decides its address, so it may be kept for a year. */
    public String address() {
        return "/dialog/bilder/" + sha256;
    }
}
