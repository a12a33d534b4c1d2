package se.lofte.accounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import se.lofte.organisations.OrganisationId;

/**
 * A person as the people pages show them: who they are, whether they can sign in, and their roles.
 * {@code username} is what they sign in with; for invited people it is their e-mail address.
 */
public record Person(AccountId id, String username, String displayName, String email, boolean systemAdmin,
                     Status status, Set<Membership> memberships) {

    /** Whether the person can sign in now. */
    public enum Status {
        /** Signs in with a password of their own. */
        ACTIVE,
        /** Invited and has not yet chosen a password. */
        INVITED
    }

    public Person {
        memberships = Set.copyOf(memberships);
    }

    /** The person's roles in one organisation, in the order of {@link Role}. */
    public Set<Role> rolesIn(OrganisationId organisation) {
        return memberships.stream().filter(m -> m.organisation().equals(organisation)).map(Membership::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Set<OrganisationId> organisations() {
        return memberships.stream().map(Membership::organisation).collect(Collectors.toSet());
    }

    /** The same person with only their roles in these organisations: what an organisation administrator sees. */
    Person onlyIn(Set<OrganisationId> organisations) {
        return new Person(id, username, displayName, email, systemAdmin, status, memberships.stream()
                .filter(m -> organisations.contains(m.organisation())).collect(Collectors.toSet()));
    }
}
