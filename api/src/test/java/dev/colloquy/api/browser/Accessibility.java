package dev.colloquy.api.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Accessibility checks with axe-core, the engine behind most accessibility audits. Teachers use screen readers
 * and keyboards too, so pages must meet WCAG 2.1 at levels A and AA.
 */
public final class Accessibility {

    /** WCAG 2.0 and 2.1, levels A and AA: what schools are commonly bound to. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * Only these impacts fail a test: "serious" and "critical" block or badly hinder some users; "minor" and
     * "moderate" findings are worth reading but would make the tests fail on matters of taste.
     */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    /** Runs axe-core on the page the driver shows and fails listing each serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> failing = serious(results.getViolations());
        if (!failing.isEmpty()) {
            throw new AssertionError(failing.size() + " serious or critical accessibility violation(s) on "
                    + driver.getCurrentUrl() + ":\n" + describe(failing));
        }
    }

    static List<Rule> serious(List<Rule> violations) {
        return violations.stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
    }

    /** One line per violated rule: its id, impact and help, and the CSS selectors of every element it found. */
    static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " ["
                        + rule.getHelpUrl() + "]\n    at "
                        + rule.getNodes().stream().map(Accessibility::target).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** An element's selector; axe gives a list when the element is inside frames or shadow roots. */
    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> path) {
            return path.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }
}
