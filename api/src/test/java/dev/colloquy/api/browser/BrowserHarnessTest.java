package dev.colloquy.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The harness itself, on pages made up here (data: URLs, no server): the browser renders and runs scripts, the
 * accessibility check passes a sound page and fails a broken one naming each fault, screenshots are real PNGs,
 * and a machine without chromium fails with the command that installs it.
 */
class BrowserHarnessTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    private static final String SOUND = """
            <!doctype html><html lang="en"><head><title>A lesson</title></head>
            <body><main><h1>A lesson</h1><p id="status">loading</p>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The interviewee at her desk">
            <button type="button">Add to lesson</button></main>
            <script>document.getElementById('status').textContent = 'ready';</script></body></html>
            """;

    /** An image without alternative text and a button without a name: both are critical for screen readers. */
    private static final String BROKEN = """
            <!doctype html><html lang="en"><head><title>A lesson</title></head>
            <body><main><h1>A lesson</h1>
            <img id="portrait" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <button id="add" type="button"></button></main></body></html>
            """;

    @Test
    void aSoundPageRendersRunsItsScriptAndPassesTheAccessibilityCheck() {
        Browser page = browser.get().open(dataUrl(SOUND));

        // fails the test unless the inline script ran (it replaces "loading")
        page.waitUntil(
                "the page's script to run",
                driver -> driver.findElement(By.id("status")).getText().equals("ready"));
        page.assertAccessible();
    }

    @Test
    void aBrokenPageFailsTheAccessibilityCheckNamingEachRuleAndElement() {
        Browser page = browser.get().open(dataUrl(BROKEN));

        assertThatThrownBy(page::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 serious or critical accessibility violation(s)")
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("#portrait")
                .hasMessageContaining("button-name (critical)")
                .hasMessageContaining("#add");
    }

    @Test
    void aScreenshotIsSavedAsAPngUnderTargetScreenshots() throws IOException {
        Path file = browser.get().open(dataUrl(SOUND)).screenshot("BrowserHarnessTest-sound-page");

        assertThat(file).isEqualTo(Path.of("target", "screenshots", "BrowserHarnessTest-sound-page.png"));
        byte[] png = Files.readAllBytes(file);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).as("a 1280×900 page is more than a header").isGreaterThan(1000);
    }

    @Test
    void aMissingChromiumFailsTheTestWithTheInstallCommand() {
        Path nowhere = Path.of("/nonexistent/chromium");

        assertThatThrownBy(() -> Browser.start(nowhere, Browser.CHROMEDRIVER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(nowhere.toString())
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    private static String dataUrl(String html) {
        return "data:text/html;charset=utf-8,"
                + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
