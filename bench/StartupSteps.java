import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * Where Löfte's start-up time goes: starts the application with Spring's BufferingApplicationStartup,
 * stops it once started, and prints the steps (bean instantiations, configuration processing, context
 * refresh phases) with the most time of their own, children subtracted. Run from the repository root on
 * the extracted jar (bench/aot-cache.sh extracts it to target/lofte/):
 *
 *   java -Xmx512m -cp 'target/lofte/lofte-0.1.0-SNAPSHOT.jar:target/lofte/lib/*' bench/StartupSteps.java \
 *       --server.port=18100 --spring.datasource.url='jdbc:h2:file:/tmp/steps/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
 *
 * TOP=40 for more lines.
 */
public class StartupSteps {

    public static void main(String[] args) throws Exception {
        var startup = new BufferingApplicationStartup(100_000);
        Class<?> lofte = Class.forName("se.lofte.Lofte");
        var application = new SpringApplication(lofte);
        // Spring's AOT mode (-Dspring.aot.enabled=true) finds its generated initializer by the main class.
        application.setMainApplicationClass(lofte);
        application.setApplicationStartup(startup);
        long start = System.nanoTime();
        var context = application.run(args);
        long started = System.nanoTime();
        context.close();
        StartupTimeline timeline = startup.getBufferedTimeline();
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        Map<Long, Duration> children = new HashMap<>();
        for (var e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, e.getDuration(), Duration::plus);
            }
        }
        record Own(String name, long ownMs, long totalMs) {
        }
        List<Own> own = new ArrayList<>();
        Map<String, Long> byKind = new HashMap<>();
        for (var e : events) {
            var step = e.getStartupStep();
            String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                    .filter(t -> !t.getKey().equals("beanType") || step.getName().endsWith("instantiate"))
                    .map(t -> t.getValue()).reduce((a, b) -> a + " " + b).orElse("");
            long ownMs = e.getDuration().minus(children.getOrDefault(step.getId(), Duration.ZERO)).toMillis();
            own.add(new Own(step.getName() + " " + tags, ownMs, e.getDuration().toMillis()));
            byKind.merge(step.getName(), ownMs, Long::sum);
        }
        System.out.printf("%nStarted in %d ms (JVM start not included). Own time per kind of step:%n",
                (started - start) / 1_000_000);
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%7d ms  %s%n", e.getValue(), e.getKey()));
        int top = Integer.parseInt(System.getenv().getOrDefault("TOP", "25"));
        System.out.printf("%nThe %d steps with the most time of their own (own / with children):%n", top);
        own.stream().sorted(Comparator.comparingLong(Own::ownMs).reversed()).limit(top)
                .forEach(o -> System.out.printf("%7d / %5d ms  %s%n", o.ownMs(), o.totalMs(),
                        o.name().length() > 150 ? o.name().substring(0, 150) : o.name()));
    }
}
