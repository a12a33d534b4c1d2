package se.lofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaces;
import se.lofte.progress.ProgressManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.testing.MovableClock;
import se.lofte.testing.SeedPartiesFixture;

/**
 * Promises of LPO Östra Fyrbodal and Bengtsfors made for follow-up tests, never the seed promise: two commitments
 * (c1 traffic controls by the police, c2 lighting by the municipality), a goal g1 of at least 100 vehicles
 * controlled, counted from the measures' outputs, and a qualitative goal g2. A Spring test registers it:
 * <pre>{@code @RegisterExtension final FollowUpFixtures fixtures = new FollowUpFixtures();}</pre>
 */
final class FollowUpFixtures extends SeedPartiesFixture {

    static final String UNIT = "fordon kontrollerade";

    private ProgressManagement progress;
    private MovableClock clock;
    private FocusPlaces focusPlaces;
    private Organisations organisations;
    private JdbcClient jdbc;

    FollowUpFixtures() {
        super("followup-parties");
    }

    @Override
    public void use(ApplicationContext spring) {
        super.use(spring);
        progress = spring.getBean(ProgressManagement.class);
        clock = spring.getBeanProvider(MovableClock.class).getIfAvailable();
        focusPlaces = spring.getBean(FocusPlaces.class);
        organisations = spring.getBean(Organisations.class);
        jdbc = spring.getBean(JdbcClient.class);
    }

    /** A person with these roles in one party only. */
    static StaffMember of(PromiseContent.Party party, String username, Role... roles) {
        var memberships = new HashSet<Membership>();
        for (Role role : roles) {
            memberships.add(new Membership(party.id(), role));
        }
        return new StaffMember(username, username, false, memberships);
    }

    /** The promise for the year, signed and published, with g1 counted from the measures' outputs. */
    PromiseId published(int year) {
        return published(year, List.of());
    }

    /** The same about these focus places of the lägesbild. */
    PromiseId published(int year, List<PromiseContent.FocusPlaceRef> focusPlaces) {
        var municipality = municipality().id();
        PromiseId id = signedAndPublished(draft(content(year,
                List.of(new PromiseContent.Commitment("c2", "Belysning", "Bättre belysning i parken.",
                        List.of(municipality), List.of())),
                List.of(new PromiseContent.Goal("g1", police().id(), "Minst 100 kontrollerade fordon.",
                                new PromiseContent.NumericTarget("Kontrollerade fordon", UNIT, BigDecimal.ZERO,
                                        BigDecimal.valueOf(100), PromiseContent.Direction.INCREASE,
                                        LocalDate.of(year, 12, 31))),
                        new PromiseContent.Goal("g2", null, "Parken upplevs som tryggare.", null)),
                focusPlaces)));
        var problems = progress.chooseIndicator(id, "g1", "measure-output", Map.of("measureKind", "trafikkontroll",
                "unit", UNIT), both());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Test source refused: " + problems);
        }
        return id;
    }

    /**
     * The promise published on 5 January of the year, a traffic control of each number of vehicles logged ten days
     * apart from 10 February, and the clock (a {@link MovableClock} the test imports) left on 20 December, when the
     * year-end follow-up is made.
     */
    PromiseId measuredUntilDecember(int year, List<PromiseContent.FocusPlaceRef> focusPlaces, String... vehicles) {
        clock.setDay(LocalDate.of(year, 1, 5));
        PromiseId id = published(year, focusPlaces);
        clock.setDay(LocalDate.of(year, 3, 1));
        for (int i = 0; i < vehicles.length; i++) {
            measure(id, LocalDate.of(year, 2, 10).plusDays(10L * i), vehicles[i]);
        }
        clock.setDay(LocalDate.of(year, 12, 20));
        return id;
    }

    /** A focus place of Bengtsfors drawn as this box ({@link ReportFixtures#focusPlace}), as a promise names it. */
    PromiseContent.FocusPlaceRef focusPlace(String name, double west, double south, double east, double north) {
        var place = ReportFixtures.focusPlace(focusPlaces, jdbc, organisations.municipalityBySlug("bengtsfors")
                .orElseThrow(), name, west, south, east, north, both());
        return new PromiseContent.FocusPlaceRef(place.value(), name);
    }

    /** Logs a police traffic control under c1 on the day, and waits until the goals have counted it. */
    private void measure(PromiseId id, LocalDate day, String vehicles) {
        policeMeasure(id, day, "trafikkontroll", vehicles, UNIT, "Kontroll på Storgatan.");
    }
}
