package se.lofte.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A {@link BrowserTest} of pages with a map, whose background tiles come from an address on this machine where
 * nothing answers, as when there is no network: the map must still show its data and take clicks, and a test run
 * makes no request outside the machine. Every such test has the same configuration, so the context cache shares one
 * application context between them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lofte.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
public @interface MapBrowserTest {
}
