package se.lofte.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The application as the tests of progress over time start it: requests through MockMvc, a {@link MovableClock}
 * that moves the day a goal is counted or a promise published, and {@link OneConnection one database connection},
 * as the pages that show progress must need no more. One configuration for all of them, so that they share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
public @interface ProgressTest {
}
