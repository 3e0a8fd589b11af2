package dev.colloquy.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.ImportTestSupport;
import dev.colloquy.api.SyntheticInterviews;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An editor corrects an article's date and author in the reader, and the reader (after a reload) shows them; a
 * teacher is offered no such form.
 */
@QuarkusTest
class EditorCorrectionBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @TestHTTPResource("/")
    URL root;

    @Test
    void anEditorCorrectsTheDateAndAuthorInTheReader() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("corrections " + System.nanoTime(), 3));
        Browser page = browser.get();
        signIn(page, "edith");
        page.open(root, "#/article/" + slug);

        page.waitUntil("the editor's form", d -> present(d, By.cssSelector("details.metadata-editor summary")))
                .click();
        page.assertAccessible();
        page.driver().findElement(By.id("meta-author")).sendKeys("Dana Okafor");
        WebElement date = page.driver().findElement(By.id("meta-publishedOn"));
        // A date field takes the digits in the browser's locale order (en-US: month, day, year).
        date.sendKeys("03152025");
        page.driver()
                .findElement(By.xpath("//button[normalize-space()='Save details']"))
                .sendKeys(Keys.ENTER);
        page.waitUntil(
                "the details saved",
                d -> d.findElement(By.id("status")).getText().contains("details saved") ? true : null);

        page.driver().navigate().refresh();
        String meta = page.waitUntil("the article's details", d -> {
            WebElement line = present(d, By.cssSelector(".article-header .meta"));
            return line == null ? null : line.getText();
        });
        assertThat(meta).contains("By Dana Okafor").contains("2025-03-15");
    }

    @Test
    void aTeacherIsOfferedNoCorrectionForm() {
        Browser page = browser.get();
        signIn(page, "bob");
        page.open(root, "#/article/mark-rutte-its-important-ukraine-negotiates-from-a-position-of-strength");
        page.waitUntil("the lesson picker", d -> present(d, By.id("lesson-choice")));

        assertThat(page.driver().findElements(By.cssSelector("details.metadata-editor")))
                .isEmpty();
    }

    private void signIn(Browser page, String user) {
        page.open(root, "#/sign-in");
        page.waitUntil("the sign-in form", d -> present(d, By.id("sign-in-name")))
                .sendKeys(user);
        page.driver().findElement(By.id("sign-in-password")).sendKeys(user + "-local", Keys.ENTER);
        page.waitUntil(
                "the signed-in header",
                d -> d.findElement(By.id("account")).getText().contains("Signed in as") ? true : null);
    }

    private static WebElement present(WebDriver driver, By locator) {
        List<WebElement> found = driver.findElements(locator);
        return found.isEmpty() ? null : found.get(0);
    }
}
