package se.lofte.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Test data written through the application's own services, which it takes from the test's application context
 * before each test, so that a test registers it rather than injecting beans only to hand them on:
 * <pre>{@code @RegisterExtension final SomeFixture fixture = new SomeFixture();}</pre>
 * A test that starts a context of its own hands it to {@link #use} itself.
 */
public abstract class SpringFixture implements BeforeEachCallback {

    @Override
    public final void beforeEach(ExtensionContext context) {
        use(SpringExtension.getApplicationContext(context));
    }

    /** Takes the beans the fixture works with from this context. */
    public abstract void use(ApplicationContext spring);
}
