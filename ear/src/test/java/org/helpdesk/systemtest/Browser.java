package org.helpdesk.systemtest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser), with a fresh
 * profile each time. Every action waits for the condition it causes (the page, or PrimeFaces' ajax) rather than
 * for a fixed time.
 */
final class Browser implements AutoCloseable {

    /** The JUnit tag of the tests that open a browser: -Dhelpdesk.test.browser=false leaves them out (ear/pom.xml). */
    static final String TAG = "browser";

    static final String BASE = "http://localhost:" + TestPorts.HTTP + "/helpdesk/";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    /** The clicks a user made through {@link #click} and {@link #clickElement} (sign-in and sign-out not counted). */
    private int clicks;

    private String base = BASE;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** A browser on the screens at {@code base} ({@code http://host:port/helpdesk/}) rather than the suite's server. */
    static Browser open(String base) {
        Browser browser = open();
        browser.base = base;
        return browser;
    }

    static Browser open() {
        try {
            Path profile = Files.createTempDirectory("helpdesk-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("helpdesk.test.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1400,1000", "--lang=en-US",
                    "--user-data-dir=" + profile.toAbsolutePath());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("helpdesk.test.chromedriver",
                            "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String path) {
        driver.get(base + path);
        waitForPage();
    }

    void signIn(String username) {
        go("login.xhtml");
        type("signin:username", username);
        type("signin:password", "demo");
        driver.findElement(By.id("signin:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    void signOut() {
        driver.findElement(By.id("account:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin:username")));
    }

    void type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for what the click started: a new page or an ajax update. */
    void click(String id) {
        clickElement(element(id));
    }

    void clickElement(WebElement element) {
        element.click();
        clicks++;
        waitForPage();
    }

    /** How many times the user clicked so far. */
    int clicks() {
        return clicks;
    }

    /** Sets the window to {@code width} x {@code height}: 390 wide is a phone. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** The elements that reach past the window's right edge (at most five), to say what makes a page scroll sideways. */
    String overflowing() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + " var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 1 && out.length < 5) out.push(e.tagName + '#' + e.id + '.' + e.className"
                        + " + ' ' + Math.round(r.right)); });"
                        + "return out.join('; ');"));
    }

    /** Whether the page scrolls sideways: wider than the window. */
    boolean scrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
    }

    /** Picks the radio button labelled {@code label} in the group {@code id}. */
    void choose(String id, String label) {
        clickElement(element(id).findElement(By.xpath(".//label[normalize-space(.)='" + label + "']")));
    }

    /** Types a date into a date picker (its calendar opens only from its button, so it covers nothing). */
    void typeDate(String id, String isoDate) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(isoDate, Keys.TAB);
    }

    WebElement element(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    String text(String id) {
        return element(id).getText();
    }

    void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    void waitFor(By locator) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the document is loaded and no jQuery/PrimeFaces ajax request is under way. */
    void waitForPage() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Saves what the browser shows to target/screenshots/{name}.png, for a person to look at. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code number} parameter of the current address. */
    String numberInAddress() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("number=") + "number=".length()).replaceAll("&.*", "");
    }

    /**
     * Fails when the browser refused anything under the pages' Content-Security-Policy since the last call: a screen
     * that needs a script or style the policy forbids is broken for its users.
     */
    void assertNoPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser refused what the page needs under its Content-Security-Policy:\n"
                    + String.join("\n", violations));
        }
    }

    /** Every test's browser is checked for policy violations when it closes. */
    @Override
    public void close() {
        try {
            assertNoPolicyViolations();
        } finally {
            quit();
        }
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
