package se.lofte.promises;

/** A promise picture's bytes, addressed by their SHA-256. */
public record StoredImage(String sha256, String contentType, byte[] data) {
}
