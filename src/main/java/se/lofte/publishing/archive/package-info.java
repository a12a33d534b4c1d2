/**
 * Files made for keeping: a ZIP whose every entry is listed with its SHA-256, semicolon-separated CSV for Excel
 * with Swedish settings, and an editable ODF text document. Formats only; what goes into them is decided in
 * {@code publishing.web}.
 */
package se.lofte.publishing.archive;
