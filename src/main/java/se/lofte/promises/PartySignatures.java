package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.lofte.organisations.OrganisationId;

/**
 * The parties' signatures on one jointly signed text: a promise's working copy, or a follow-up's verdicts. A party
 * signs a text, not a document, so any change voids them all, and the text may be published once every party has
 * signed it. The aggregate that holds them says when signing is allowed and refuses in its own words; this class
 * keeps the rule that both share.
 */
public final class PartySignatures {

    private final Map<OrganisationId, Signature> byParty = new LinkedHashMap<>();

    public PartySignatures(List<Signature> signatures) {
        signatures.forEach(s -> byParty.put(s.party(), s));
    }

    /** Whether the organisation is one of the parties, the only ones who may sign. */
    public static boolean isParty(List<PromiseContent.Party> parties, OrganisationId party) {
        return parties.stream().anyMatch(p -> p.id().equals(party));
    }

    /** The party's signature on the text as it is now; the aggregate has checked that it may sign. */
    public void sign(OrganisationId party, String by, OffsetDateTime at) {
        byParty.put(party, new Signature(party, by, at));
    }

    /** Voids every signature, as any change of the text does. Returns whether there was one to void. */
    public boolean voidAll() {
        boolean had = !byParty.isEmpty();
        byParty.clear();
        return had;
    }

    /** The names of the parties that have not signed yet, in the parties' order: none before publishing. */
    public List<String> missing(List<PromiseContent.Party> parties) {
        return parties.stream().filter(p -> !byParty.containsKey(p.id())).map(PromiseContent.Party::name).toList();
    }

    public boolean any() {
        return !byParty.isEmpty();
    }

    public boolean signedBy(OrganisationId party) {
        return byParty.containsKey(party);
    }

    public List<Signature> list() {
        return List.copyOf(byParty.values());
    }
}
