package se.lofte.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs the vendored axe-core ({@code src/test/resources/axe/axe.min.js}, MPL-2.0) on the page the browser
 * shows now, limited to the rules of WCAG 2.1 level A and AA: the level the law (2018:1937) requires.
 * Best-practice rules that are not in WCAG stay out, so a failure always points at a legal requirement.
 */
public final class Axe {

    /** One broken rule and every element that breaks it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {
    }

    /** One element: CSS selectors that find it (one per frame or shadow root level) and its opening HTML. */
    public record Node(List<String> target, String html, String failureSummary) {
    }

    private static final String SOURCE = load();

    // Selenium turns the returned JavaScript objects into maps and lists; the mapping keeps only what a
    // reader of a failure needs, so no JSON library is involved.
    //
    // Colours are judged as they are drawn: an element fading in (a map's cluster after a zoom) is half
    // transparent for a moment and would be reported with a contrast it never has at rest, so axe waits until
    // no animation or transition runs (at most three seconds; one that runs longer is judged as it stands).
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const started = Date.now();
            const settled = () => document.getAnimations().every(a => a.playState !== 'running');
            const run = () => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done({violations: result.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(n => ({
                    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
                    html: n.html, failureSummary: n.failureSummary || ''}))}))}))
              .catch(error => done({error: String(error)}));
            const wait = () => settled() || Date.now() - started > 3000 ? run() : setTimeout(wait, 50);
            wait();
            """;

    private Axe() {
    }

    /** The WCAG 2.1 A/AA violations on the current page; an empty list when axe finds none. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        var result = (Map<String, Object>) js.executeAsyncScript(RUN);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core could not run on " + driver.getCurrentUrl() + ": "
                    + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream().map(v -> new Violation(
                (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), (String) v.get("helpUrl"),
                ((List<Map<String, Object>>) v.get("nodes")).stream().map(n -> new Node(
                        (List<String>) n.get("target"), (String) n.get("html"), (String) n.get("failureSummary")))
                        .toList()))
                .toList();
    }

    /** Fails with every violation spelled out (rule, impact, help, and each element) unless there are none. */
    public static void assertNoViolations(WebDriver driver) {
        List<Violation> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(driver.getCurrentUrl(), violations));
        }
    }

    static String describe(String url, List<Violation> violations) {
        var text = new StringBuilder("axe-core found " + violations.size() + " WCAG 2.1 A/AA violation(s) on "
                + url + ":");
        for (Violation v : violations) {
            text.append("\n\n").append(v.id()).append(" (").append(v.impact()).append("): ").append(v.help())
                    .append("\n  ").append(v.helpUrl());
            for (Node node : v.nodes()) {
                text.append("\n  - ").append(String.join(", ", node.target()))
                        .append("\n    ").append(node.html());
                if (!node.failureSummary().isBlank()) {
                    text.append("\n    ").append(node.failureSummary().replace("\n", "\n    "));
                }
            }
        }
        return text.toString();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: /axe/axe.min.js");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
