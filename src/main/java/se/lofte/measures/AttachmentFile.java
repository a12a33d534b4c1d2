package se.lofte.measures;

/** An attachment with its content, for download by staff who may see its measure. */
public record AttachmentFile(Attachment attachment, byte[] data) {
}
