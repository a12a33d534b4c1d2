package se.lofte.measures;

import org.springframework.context.ApplicationContext;

import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.testing.SpringFixture;

/**
 * Draft promises of LPO Östra Fyrbodal and Bengtsfors to log measures against ({@link MeasureFixtures#promise}),
 * for a Spring test that registers it:
 * <pre>{@code @RegisterExtension final MeasurePromises measurePromises = new MeasurePromises();}</pre>
 */
public final class MeasurePromises extends SpringFixture {

    private PromiseManagement promises;
    private MeasureFixtures.Parties parties;

    @Override
    public void use(ApplicationContext spring) {
        promises = spring.getBean(PromiseManagement.class);
        parties = MeasureFixtures.parties(spring.getBean(Organisations.class));
    }

    /** The police area and the municipality that are the parties of every draft. */
    public MeasureFixtures.Parties parties() {
        return parties;
    }

    /** A draft starting in the year, with commitments c1 (police) and c2 (municipality). */
    public PromiseId draft(int year) {
        return MeasureFixtures.promise(promises, parties, year);
    }
}
