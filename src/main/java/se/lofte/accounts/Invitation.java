package se.lofte.accounts;

import java.util.Set;

import se.lofte.organisations.OrganisationId;

/** Who to invite, as the inviter typed it, and the roles they get in one organisation. */
public record Invitation(String email, String displayName, OrganisationId organisation, Set<Role> roles) {

    public Invitation {
        roles = Set.copyOf(roles);
    }
}
