package se.lofte.organisations;

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
}
