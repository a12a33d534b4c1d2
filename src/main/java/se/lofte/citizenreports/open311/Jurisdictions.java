package se.lofte.citizenreports.open311;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/**
 * A {@code jurisdiction_id} is a municipality's code from SCB ({@code 1460} for Bengtsfors): one Löfte serves
 * every municipality it knows, so the code says whose reports are meant. Optional when reading, required when
 * posting; an unknown code is a 404, as the specification answers a jurisdiction it does not serve.
 */
@Component
class Jurisdictions {

    private final Organisations organisations;

    Jurisdictions(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The municipality's code, or none when no jurisdiction was given. */
    Optional<String> municipality(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(find(jurisdiction.strip()).map(Organisation::scbCode).orElseThrow(() -> Open311Refusal.of(
                HttpStatus.NOT_FOUND, "jurisdiction_id", "open311.error.jurisdiction", jurisdiction.strip())));
    }

    /** The names of the municipalities with these codes: the agency responsible for their reports. */
    Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            find(code).ifPresent(m -> names.put(code, m.name()));
        }
        return names;
    }

    private Optional<Organisation> find(String code) {
        if (!code.matches("\\d{4}")) {
            return Optional.empty();
        }
        return organisations.searchMunicipalities(code).stream().filter(m -> code.equals(m.scbCode())).findFirst()
                .filter(m -> m.kind() == OrganisationKind.MUNICIPALITY);
    }
}
