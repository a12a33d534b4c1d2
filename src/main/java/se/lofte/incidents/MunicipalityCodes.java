package se.lofte.incidents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/**
 * Municipality names as sources write them ("Göteborg", "GÖTEBORG", "Göteborgs kommun", "Malmö stad") to SCB
 * codes, ignoring case; a four-digit SCB code is taken as it is. Unknown names give null: the incident is
 * kept, only not counted in a municipality.
 */
final class MunicipalityCodes {

    private static final Pattern SUFFIX = Pattern.compile("(?:s)? (?:kommun|stad|municipality)$");
    private static final Pattern CODE = Pattern.compile("\\d{4}");

    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> codes = new HashSet<>();

    MunicipalityCodes(Organisations organisations) {
        for (Organisation municipality : organisations.all(OrganisationKind.MUNICIPALITY)) {
            if (municipality.scbCode() != null) {
                codes.add(municipality.scbCode());
                byName.put(fold(municipality.shortName()), municipality.scbCode());
                byName.putIfAbsent(fold(municipality.name()), municipality.scbCode());
                byName.putIfAbsent(fold(SUFFIX.matcher(fold(municipality.name())).replaceFirst("")),
                        municipality.scbCode());
            }
        }
    }

    String code(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String folded = fold(name);
        if (CODE.matcher(folded).matches()) {
            return codes.contains(folded) ? folded : null;
        }
        String code = byName.get(folded);
        return code != null ? code : byName.get(SUFFIX.matcher(folded).replaceFirst(""));
    }

    private static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
