package dev.colloquy.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * A teacher's whole path through the web app at /, in a real browser, on the sample corpus: sign in, search
 * "missile defense", open exchange 13, select two sentences and add them to a new lesson, add another exchange,
 * write a note and a question, reorder by keyboard, print the handout on A4. Every page is checked with axe for
 * serious or critical WCAG 2.1 AA violations; screenshots of reader, lesson builder and handout are kept in
 * target/screenshots.
 */
@QuarkusTest
class TeacherPathBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @TestHTTPResource("/")
    URL root;

    private static final By STATUS = By.id("status");

    @Test
    void aTeacherBuildsAndPrintsALessonFromASearch() throws IOException {
        Browser page = browser.get();
        String lessonTitle = "Missile defence " + System.nanoTime();

        signIn(page, "alice", "alice-local");
        search(page, "missile defense");
        page.waitUntil("the hit in exchange 13 opened", d -> {
            d.findElement(HIT_IN_13).click();
            return true;
        });

        page.waitUntil("exchange 13 of the reader", d -> present(d, By.id("exchange-13")));
        page.waitUntil("the lesson picker", d -> present(d, By.id("lesson-choice")));
        WebElement exchange = page.driver().findElement(By.id("exchange-13"));
        page.screenshot("reader-exchange-13");
        page.assertAccessible();

        // Selected first, then the title typed: typing moves the browser's selection into the title field.
        String selected = selectAcrossTwoSentences(page.driver(), exchange);
        page.driver().findElement(By.id("new-lesson-title")).sendKeys(lessonTitle);
        press(page, exchange.findElement(By.xpath(".//button[normalize-space()='Add selected sentences to lesson']")));
        page.waitUntil("the passage added", d -> d.findElement(STATUS).getText().contains("as excerpt 1"));
        press(
                page,
                page.driver()
                        .findElement(By.id("exchange-12"))
                        .findElement(By.xpath(".//button[normalize-space()='Add whole exchange to lesson']")));
        page.waitUntil(
                "the exchange added", d -> d.findElement(STATUS).getText().contains("as excerpt 2"));

        openLesson(page, lessonTitle);
        List<WebElement> excerpts = excerpts(page);
        assertThat(excerpts).hasSize(2);
        String passage =
                excerpts.get(0).findElement(By.cssSelector(".excerpt-text")).getText();
        assertThat(passage)
                .as("the selection widened to whole sentences")
                .contains(selected.strip())
                .matches("(?s)[A-Z“\"].*[.?!”\"]$");

        annotateByKeyboard(page, excerpts.get(0), "Notice what he leaves open.", "What does Rutte promise Ukraine?");
        moveSecondExcerptUpByKeyboard(page);

        page.driver().navigate().refresh();
        excerpts = page.waitUntil("the lesson after a reload", d -> {
            List<WebElement> cards = d.findElements(By.cssSelector("li.excerpt"));
            return cards.size() == 2 ? cards : null;
        });
        assertThat(excerpts.get(0).findElement(By.tagName("h3")).getText()).contains("exchange 12");
        assertThat(excerpts.get(1).findElement(By.tagName("textarea")).getAttribute("value"))
                .isEqualTo("Notice what he leaves open.");
        page.screenshot("lesson-builder");
        page.assertAccessible();

        page.driver().findElement(By.linkText("Print preview")).click();
        WebElement a4 = page.waitUntil("the print choices", d -> present(d, By.id("print-a4")));
        page.assertAccessible();
        a4.click();
        page.waitUntil(
                "the A4 handout", d -> d.getPageSource().contains("What does Rutte promise Ukraine?") ? true : null);
        assertThat(page.driver().getPageSource()).contains("size: A4").contains(lessonTitle);
        page.screenshot("handout-a4");
        page.assertAccessible();
        assertPrintsOnA4WithPageNumbers(page.driver());
    }

    /** Prints the handout as chromium would to paper and reads the PDF: A4 pages, each numbered "Page n of N". */
    private static void assertPrintsOnA4WithPageNumbers(WebDriver driver) throws IOException {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setBackground(false);
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(a4).getContent());
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "handout-a4.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            PDRectangle size = document.getPage(0).getMediaBox();
            String text = new PDFTextStripper().getText(document);

            assertThat(size.getWidth()).as("A4 width in points").isCloseTo(595f, within(2f));
            assertThat(size.getHeight()).as("A4 height in points").isCloseTo(842f, within(2f));
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void theReadersPagesHaveNoSeriousAccessibilityProblems() {
        Browser page = browser.get().open(root, "#/");
        page.waitUntil("the article list", d -> present(d, By.cssSelector(".article-list li")));
        page.assertAccessible();

        page.open(root, "#/article/mark-rutte-its-important-ukraine-negotiates-from-a-position-of-strength");
        WebElement entity = page.waitUntil(
                "an entity link in the transcript", d -> present(d, By.cssSelector(".transcript a.entity")));
        page.assertAccessible();
        String name = entity.getAttribute("title").replaceFirst(" \\(.*", "");
        entity.click();
        page.waitUntil(
                "the entity page",
                d -> d.findElement(By.tagName("h1")).getText().equals(name) ? true : null);
        assertThat(page.driver().findElements(By.cssSelector("ol.mentions li"))).isNotEmpty();
        page.assertAccessible();

        page.open(root, "#/sign-in");
        page.waitUntil("the sign-in form", d -> present(d, By.id("sign-in-name")));
        page.assertAccessible();
    }

    private void signIn(Browser page, String user, String password) {
        page.open(root, "#/sign-in");
        page.waitUntil("the sign-in form", d -> present(d, By.id("sign-in-name")))
                .sendKeys(user);
        page.driver().findElement(By.id("sign-in-password")).sendKeys(password, Keys.ENTER);
        page.waitUntil(
                "the signed-in header",
                d -> d.findElement(By.id("account")).getText().contains("Signed in as") ? true : null);
    }

    private static final By HIT_IN_13 = By.cssSelector(".hit a[href$='exchange=13']");

    private void search(Browser page, String words) {
        page.driver().findElement(By.linkText("Search")).click();
        page.waitUntil("the search box", d -> present(d, By.id("search-query"))).sendKeys(words, Keys.ENTER);
        page.waitUntil("a hit in exchange 13", d -> present(d, HIT_IN_13));
        assertThat(page.driver().findElements(By.cssSelector(".hit .snippet mark")))
                .as("highlighted words")
                .isNotEmpty();
        page.assertAccessible();
    }

    /**
     * Selects from inside the answer's first sentence to inside its second, as a mouse would, and returns the
     * selected text; the app must widen it to the two whole sentences.
     */
    private static String selectAcrossTwoSentences(WebDriver driver, WebElement exchange) {
        WebElement paragraph = exchange.findElement(By.cssSelector(".turn.answer p[data-start]"));
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const p = arguments[0];
                const text = p.textContent;
                const second = text.search(/[.?!]\\s+\\S/) + 2;
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                const position = at => {
                  let count = 0;
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (count + node.textContent.length >= at) return [node, at - count];
                    count += node.textContent.length;
                  }
                };
                const range = document.createRange();
                range.setStart(...position(4));
                walker.currentNode = p;
                range.setEnd(...position(second + 6));
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return selection.toString();""", paragraph);
    }

    private void openLesson(Browser page, String title) {
        page.driver().findElement(By.linkText("My lessons")).click();
        WebElement link = page.waitUntil("the lesson in my lessons", d -> present(d, By.linkText(title)));
        page.assertAccessible();
        link.click();
        page.waitUntil(
                "the lesson builder",
                d -> d.findElements(By.cssSelector("li.excerpt")).size() == 2 ? true : null);
    }

    private static List<WebElement> excerpts(Browser page) {
        return page.driver().findElements(By.cssSelector("li.excerpt"));
    }

    /** Types a note, adds a question and saves, with the keyboard only: Enter on a button presses it. */
    private static void annotateByKeyboard(Browser page, WebElement excerpt, String note, String question) {
        excerpt.findElement(By.tagName("textarea")).sendKeys(note);
        excerpt.findElement(By.xpath(".//button[normalize-space()='Add a question']"))
                .sendKeys(Keys.ENTER);
        page.driver().switchTo().activeElement().sendKeys(question);
        excerpt.findElement(By.xpath(".//button[normalize-space()='Save note and questions']"))
                .sendKeys(Keys.ENTER);
        page.waitUntil(
                "the note saved",
                d -> d.findElement(STATUS).getText().contains("Note and questions saved") ? true : null);
    }

    /** Alt+Up on the second excerpt's handle moves it first; focus stays on the handle it moved with. */
    private static void moveSecondExcerptUpByKeyboard(Browser page) {
        WebElement handle = excerpts(page).get(1).findElement(By.cssSelector("button.handle"));
        handle.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        page.waitUntil(
                "the new order saved",
                d -> d.findElement(STATUS).getText().contains("moved to position 1") ? true : null);
        WebElement focused = page.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("handle");
        assertThat(focused.getAttribute("aria-label")).isEqualTo("Move excerpt 1");
    }

    /**
     * Clicks a button after scrolling it to the middle of the window: scrolled only just into view, it can sit
     * under the lesson bar that sticks to the top of the reader, where a click would land on the bar.
     */
    private static void press(Browser page, WebElement button) {
        ((JavascriptExecutor) page.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private static WebElement present(WebDriver driver, By locator) {
        List<WebElement> found = driver.findElements(locator);
        return found.isEmpty() ? null : found.get(0);
    }
}
