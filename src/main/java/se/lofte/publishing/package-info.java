/**
 * The public site, feeds and open data: read-only views of what the other modules publish.
 */
package se.lofte.publishing;
