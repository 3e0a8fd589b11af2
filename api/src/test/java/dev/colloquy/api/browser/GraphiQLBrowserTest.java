package dev.colloquy.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The GraphQL UI works in a real browser: GraphiQL, on loading, sends graphql-js's own introspection query (not
 * our copy of it in IntrospectionQuery), and shows its documentation only when the answer is a valid schema. The
 * query is 14 levels deep, the page runs under the UI's Content-Security-Policy, and it posts JSON to /graphql
 * from the service's own origin: a depth limit, a CSP or the cross-site guard set too tight breaks this test.
 */
@QuarkusTest
class GraphiQLBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @TestHTTPResource("/")
    URL root;

    @Test
    void theDocumentationExplorerShowsTheSchemasRootTypes() {
        Browser page = browser.get().open(root, "q/graphql-ui/");

        // The sidebar button exists once GraphiQL has rendered; a fresh profile starts with the explorer closed.
        page.waitUntil(
                "GraphiQL's documentation button",
                driver -> !driver.findElements(SHOW_DOCS).isEmpty()
                        || !driver.findElements(HIDE_DOCS).isEmpty());
        if (!page.driver().findElements(SHOW_DOCS).isEmpty()) {
            page.driver().findElement(SHOW_DOCS).click();
        }
        // The explorer shows a spinner while the schema loads, then either the root types or an error.
        page.waitUntil(
                "the schema's root types or an error in the documentation explorer",
                driver -> !driver.findElements(ROOT_TYPE_LINES).isEmpty()
                        || !driver.findElements(DOCS_ERROR).isEmpty());
        page.screenshot("graphiql-documentation-explorer");

        List<String> console = page.consoleMessages();
        assertThat(page.driver().findElements(DOCS_ERROR))
                .as(
                        "errors shown by the documentation explorer; the page's console said:\n%s",
                        String.join("\n", console))
                .extracting(WebElement::getText)
                .isEmpty();
        List<String> rootTypes = page.driver().findElements(ROOT_TYPE_LINES).stream()
                .map(line -> line.getText().replaceAll("\\s+", " ").trim())
                .toList();
        assertThat(rootTypes).contains("query: Query", "mutation: Mutation");
    }

    private static final By SHOW_DOCS = By.cssSelector("button[aria-label='Show Documentation Explorer']");
    private static final By HIDE_DOCS = By.cssSelector("button[aria-label='Hide Documentation Explorer']");
    private static final By DOCS_ERROR = By.cssSelector(".graphiql-doc-explorer-error");
    /** The explorer's "Root Types" lines, e.g. "query: Query": a label span followed by a link to the type. */
    private static final By ROOT_TYPE_LINES = By.xpath(
            "//section[@aria-label='Documentation Explorer']//span[contains(@class,'graphiql-doc-explorer-root-type')]/..");
}
