package se.lofte.dialogue;

/** A stored photo's bytes and type. */
public record PhotoFile(String contentType, byte[] data) {
}
