package se.lofte.organisations;

/**
 * Read view of an organisation. {@code name} is the name as written in a promise ("Bengtsfors kommun",
 * "LPO Östra Fyrbodal"); {@code shortName} is what residents search for ("Bengtsfors") and what the slug
 * is made from. {@code scbCode} and the county are set for municipalities only; {@code parentId} links
 * the police hierarchy (local police area to police area to region). {@code fictional} marks an organisation
 * made up to show how Löfte works: the public pages say "Exempel" wherever it shows, and it is no part of Sweden's
 * 290 municipalities or its police.
 */
public record Organisation(OrganisationId id, OrganisationKind kind, String name, String shortName, String slug,
                           OrganisationId parentId, String scbCode, String countyName, boolean fictional) {
}
