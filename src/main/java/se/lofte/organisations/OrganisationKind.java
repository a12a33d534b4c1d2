package se.lofte.organisations;

import java.util.Optional;

/** The kinds of organisation that can be party to a promise or hold reference data. */
public enum OrganisationKind {
    MUNICIPALITY,
    POLICE_REGION,
    POLICE_AREA,
    LOCAL_POLICE_AREA,
    OTHER_ACTOR;

    public boolean isPolice() {
        return this == POLICE_REGION || this == POLICE_AREA || this == LOCAL_POLICE_AREA;
    }

    /**
     * The kind an organisation of this kind must sit under: a police area under a region, a local police
     * area under a police area. Empty for the kinds that stand alone, which then have no parent at all.
     */
    public Optional<OrganisationKind> parentKind() {
        return switch (this) {
            case POLICE_AREA -> Optional.of(POLICE_REGION);
            case LOCAL_POLICE_AREA -> Optional.of(POLICE_AREA);
            case MUNICIPALITY, POLICE_REGION, OTHER_ACTOR -> Optional.empty();
        };
    }
}
