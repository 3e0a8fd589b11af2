package dev.colloquy.api.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless chromium, driven through chromedriver, for tests that must see what a teacher's browser sees:
 * scripts run, styles applied, the page's own requests made. Start one per test class ({@link BrowserExtension})
 * rather than per test: a start costs a second or two of a shared machine.
 *
 * <p>Both programs are Debian's ({@code apt-get install chromium chromium-driver}), named by path. Selenium would
 * otherwise run Selenium Manager to look for a browser and driver, and download them when it finds none; that
 * cannot work on a machine without outside network, and a test must not depend on what a download brings.
 */
public final class Browser implements AutoCloseable {

    /** Overridable for developers whose chromium lives elsewhere (another distribution, macOS). */
    static final Path CHROMIUM = Path.of(System.getProperty("colloquy.browser.chromium", "/usr/bin/chromium"));

    static final Path CHROMEDRIVER =
            Path.of(System.getProperty("colloquy.browser.chromedriver", "/usr/bin/chromedriver"));
    static final String INSTALL_HINT = "apt-get install chromium chromium-driver";

    /** Where screenshots go: the module's target folder, so that CI keeps them with the test reports. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * How long a wait for the page may last before the test fails. No test measures time with it: it only keeps
     * a page that never becomes ready from hanging the build, and is generous because the machine is shared.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Thread reaper;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        // Should a test JVM end without close() (a crash in a callback, an interrupted build), chromium and
        // chromedriver would outlive it and keep a core busy; the hook ends them.
        this.reaper = new Thread(this::quit, "browser-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Starts Debian's chromium, headless. Fails (never skips) when it or chromedriver is not installed. */
    public static Browser start() {
        return start(CHROMIUM, CHROMEDRIVER);
    }

    static Browser start(Path chromium, Path chromedriver) {
        requireExecutable(chromium, "chromium");
        requireExecutable(chromedriver, "chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("colloquy-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create chromium's profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                // Containers and CI run as root, where chromium's sandbox refuses to start.
                "--no-sandbox",
                "--disable-gpu",
                // With no outside network, chromium's own background connections (QUIC probes, component and
                // safe-browsing updates, sync) hang until they time out and stall page loads; none is needed.
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // /dev/shm is small in containers; chromium then crashes on large pages.
                "--disable-dev-shm-usage",
                // A fresh profile per browser: no state (storage, remembered panels) leaks from one run into the next.
                "--user-data-dir=" + profile.toAbsolutePath(),
                // A fixed size, so that layout and screenshots are the same on every machine.
                "--window-size=1280,900");
        // Keep what pages write to the console (errors above all), so that a failing test can say why.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), service, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new AssertionError(
                    "chromium (" + chromium + ") did not start through chromedriver (" + chromedriver
                            + "); check that both are the same version (" + INSTALL_HINT
                            + " installs a matching pair): "
                            + e.getMessage(),
                    e);
        }
    }

    private static void requireExecutable(Path program, String name) {
        if (!Files.isExecutable(program)) {
            throw new AssertionError("Browser tests need " + name + " at " + program + ", which is missing. Install"
                    + " Debian's chromium and its driver with `" + INSTALL_HINT + "` (as root), or point"
                    + " -Dcolloquy.browser.chromium and -Dcolloquy.browser.chromedriver at your own.");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} relative to {@code base}, e.g. the {@code @TestHTTPResource("/")} of a Quarkus test. */
    public Browser open(URL base, String path) {
        driver.get(URI.create(base.toString()).resolve(path).toString());
        return this;
    }

    /** Opens an absolute address (also a data: URL, for pages made up by a test). */
    public Browser open(String address) {
        driver.get(address);
        return this;
    }

    /**
     * Waits until {@code condition} gives something other than null or false, and returns it; fails the test with
     * {@code what} if it never does. Pages built by scripts are ready only when their script says so.
     */
    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        // A page that re-renders replaces elements a condition may hold; such a condition is simply asked again.
        return new WebDriverWait(driver, PATIENCE)
                .withMessage("waiting for " + what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * What pages wrote to the console since the last call, one message a line with its level: scripts report
     * failed requests and refused content (CSP) only there.
     */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png} and returns the file. */
    public Path screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }

    /** Fails the test listing every serious or critical WCAG 2.1 A/AA violation of the page now shown. */
    public void assertAccessible() {
        Accessibility.assertNoSeriousViolations(driver);
    }

    @Override
    public void close() {
        quit();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    private synchronized void quit() {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // chromium died or was ended already; the service and the profile still need clearing
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no reason to fail a test
        }
    }
}
