package dev.colloquy.api.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class one browser, started when a test first asks for it and ended after the class's last test.
 * Register it in a static field, so that one instance serves every test of the class; it works with
 * {@code @QuarkusTest}, whose server the browser then visits at the {@code @TestHTTPResource("/")} address:
 *
 * <pre>
 * &#64;QuarkusTest
 * class ReaderPageBrowserTest {
 *     &#64;RegisterExtension
 *     static final BrowserExtension browser = new BrowserExtension();
 *
 *     &#64;TestHTTPResource("/")
 *     URL root;
 *
 *     &#64;Test
 *     void showsTheArticles() {
 *         Browser page = browser.get().open(root, "#/");
 *         page.waitUntil("the list of articles", driver -&gt; …);
 *         page.assertAccessible();
 *         page.screenshot("reader-articles");
 *     }
 * }
 * </pre>
 *
 * When a test fails, what the browser showed is saved as {@code target/screenshots/CLASS.METHOD-failed.png}: a
 * failure on CI can then be seen, not guessed.
 */
public final class BrowserExtension implements AfterTestExecutionCallback, AfterAllCallback {

    private Browser browser;

    /** The class's browser, started on first use (so a class whose tests are all filtered out starts none). */
    public synchronized Browser get() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    @Override
    public synchronized void afterTestExecution(ExtensionContext context) {
        if (browser != null && context.getExecutionException().isPresent()) {
            try {
                browser.screenshot(context.getRequiredTestClass().getSimpleName() + "."
                        + context.getRequiredTestMethod().getName() + "-failed");
            } catch (RuntimeException e) {
                // the browser itself may be what failed; the test's own failure is the one to report
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
