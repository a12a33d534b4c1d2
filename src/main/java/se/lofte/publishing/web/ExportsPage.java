package se.lofte.publishing.web;

/** The staff page that links a promise's exports, with the names the files will have. */
public record ExportsPage(long promiseId, String title, String archiveFile, String lawPdf, String lawOdt) {
}
