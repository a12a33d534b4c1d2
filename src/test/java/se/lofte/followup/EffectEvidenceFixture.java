package se.lofte.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.situation.SituationTestData;

/**
 * Incidents whose "did it work" counts are known, in Bengtsfors in the year of a test: a focus place where the police
 * controlled traffic on 1–10 June (the ten days before are 22–31 May), a control focus place and a quiet one, each
 * one area of the municipality, and an area of the police's own in Åmål, offered to the parties but in another
 * municipality. Every incident is of one source of its own.
 *
 * <pre>
 *                         before  during
 * focus place (Stöld)         40      10   (plus one on 21 May and one on 11 June, and 2 fires during)
 * control (Stöld)             20      20
 * quiet control (Stöld)        3       6
 * </pre>
 */
record EffectEvidenceFixture(PromiseContent.FocusPlaceRef target, PromiseContent.FocusPlaceRef control,
                             PromiseContent.FocusPlaceRef quiet, long elsewhere, int year) {

    static EffectEvidenceFixture insert(FollowUpFixtures fixtures, JdbcClient jdbc, Organisations organisations,
                                        int year) {
        var target = fixtures.focusPlace("Effekttorget " + year, 12.300, 59.000, 12.302, 59.001);
        var control = fixtures.focusPlace("Kontrolltorget " + year, 12.320, 59.000, 12.322, 59.001);
        var quiet = fixtures.focusPlace("Lugna gatan " + year, 12.340, 59.000, 12.342, 59.001);
        long municipality = fixtures.municipality().id().value();
        String bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().scbCode();
        var data = new SituationTestData(jdbc);
        String source = SituationTestData.uniqueSource();
        incidents(data, jdbc, source, municipality, bengtsfors, target, "Stöld", 40, year + "-05-25T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, target, "Stöld", 10, year + "-06-05T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, target, "Stöld", 1, year + "-05-21T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, target, "Stöld", 1, year + "-06-11T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, target, "Brand", 2, year + "-06-05T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, control, "Stöld", 20, year + "-05-25T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, control, "Stöld", 20, year + "-06-05T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, quiet, "Stöld", 3, year + "-05-25T12:00");
        incidents(data, jdbc, source, municipality, bengtsfors, quiet, "Stöld", 6, year + "-06-05T12:00");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into area (organisation_id, kind, name, municipality_code, geometry_wkt, min_lon, min_lat,"
                        + " max_lon, max_lat) values (?, 'DISTRICT', ?, ?, 'POLYGON ((12.60 59.00, 12.61 59.00,"
                        + " 12.61 59.01, 12.60 59.01, 12.60 59.00))', 12.60, 59.00, 12.61, 59.01)")
                .params(fixtures.police().id().value(), "Åmålsområde " + year,
                        organisations.municipalityBySlug("amal").orElseThrow().scbCode())
                .update(keys, "id");
        return new EffectEvidenceFixture(target, control, quiet, keys.getKeyAs(Number.class).longValue(), year);
    }

    /** The police's traffic control at the focus place on 1–10 June, under commitment c1. */
    void measure(MeasureManagement measures, FollowUpFixtures fixtures, PromiseId promise) {
        var saved = measures.log(promise, new MeasureInput(List.of("c1"), LocalDate.of(year, 6, 1),
                LocalDate.of(year, 6, 10), new MeasurePlace.AtFocusPlace(target.id()), fixtures.police().id(),
                "trafikkontroll", List.of(), "", null, false, List.of(), List.of()), fixtures.both());
        if (!saved.problems().isEmpty()) {
            throw new IllegalStateException("Test measure refused: " + saved.problems());
        }
    }

    private static void incidents(SituationTestData data, JdbcClient jdbc, String source, long organisation,
                                  String municipality, PromiseContent.FocusPlaceRef place, String category, int n,
                                  String at) {
        long area = jdbc.sql("select area_id from focus_place_part where focus_place_id = ? and area_id is not null")
                .param(place.id()).query(Long.class).single();
        for (int i = 0; i < n; i++) {
            data.incident(source, category, organisation, municipality, SituationTestData.at(at), null, area, null);
        }
    }
}
