package se.lofte.situation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.testing.SpringFixture;
import se.lofte.testing.TestStaff;

/**
 * Places and incidents in Åmål for the situation pages' tests, which a test registers: written before each test,
 * with the staff members of Åmål it names, and removed after it, the focus places it made through the pages first
 * (they hold the fixture's streets and areas). A subclass writes and removes its own data.
 *
 * @param <F> the fixture itself, so that its own settings chain after these
 */
abstract class AmalFixture<F extends AmalFixture<F>> extends SpringFixture implements AfterEachCallback {

    private final Map<String, Role> members = new LinkedHashMap<>();
    private final List<String> focusPlaces = new ArrayList<>();
    private JdbcClient jdbc;
    private Organisation amal;

    /** A staff member of Åmål with this role, made before each test. */
    F member(String username, Role role) {
        members.put(username, role);
        return self();
    }

    /** The focus place of this name, which a test may make, is removed after each test. */
    F removingFocusPlace(String name) {
        focusPlaces.add(name);
        return self();
    }

    Organisation amal() {
        return amal;
    }

    @Override
    public final void use(ApplicationContext spring) {
        jdbc = spring.getBean(JdbcClient.class);
        Organisations organisations = spring.getBean(Organisations.class);
        amal = organisations.municipalityBySlug("amal").orElseThrow();
        TestStaff staff = spring.getBean(TestStaff.class);
        members.forEach((username, role) -> staff.member(username, amal.id(), role));
        insert(jdbc, organisations);
    }

    @Override
    public final void afterEach(ExtensionContext context) {
        for (String name : focusPlaces) {
            jdbc.sql("delete from focus_place_part where focus_place_id in (select id from focus_place where name = ?)")
                    .param(name).update();
            jdbc.sql("delete from focus_place where name = ?").param(name).update();
        }
        remove(jdbc);
    }

    /** Writes the fixture's places and incidents, once {@link #amal()} is known. */
    abstract void insert(JdbcClient jdbc, Organisations organisations);

    /** Removes all that {@link #insert} wrote. */
    abstract void remove(JdbcClient jdbc);

    @SuppressWarnings("unchecked")
    private F self() {
        return (F) this;
    }
}
