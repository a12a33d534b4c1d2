package se.lofte.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, for a test that drives it in Chromium through the {@link Browser} it
 * registers: <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 * It is the same context as any other {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} test's, so the
 * context cache shares one between them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface BrowserTest {
}
