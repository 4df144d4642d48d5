package org.posdesk.it.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.posdesk.it.CardDataScanner;

/**
 * Debian's headless Chromium driven through its own chromedriver: no browser is downloaded, and
 * the flags keep it from reaching for the network this machine does not have.
 *
 * <p>Every page it loads, and the last state of the page when it closes, is checked twice: for
 * cardholder data (a full card number or track data fails the test, see {@link CardDataScanner}),
 * and for Content-Security-Policy violations the browser reported on its console (a script the
 * policy blocked is a page that silently stopped working).
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String url) {
        driver.get(url);
        inspect();
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        return retrying(() -> find(css).getText().trim());
    }

    /** The trimmed text of every element the selector matches, in document order; none is fine. */
    java.util.List<String> texts(String css) {
        return retrying(() -> driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().trim()).toList());
    }

    String attribute(String css, String name) {
        return retrying(() -> find(css).getAttribute(name));
    }

    void type(String css, String value) {
        retrying(() -> {
            WebElement field = find(css);
            field.clear();
            field.sendKeys(value);
            return null;
        });
    }

    /** Clicks and waits for the next page to replace this one and finish loading. */
    void clickAndWaitForPage(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        find(css).click();
        wait.until(d -> isGone(old));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        inspect();
    }

    /**
     * Whether the page this element belonged to has been replaced. Chromium reports a replaced
     * node either as stale or as "does not belong to the document" (an unknown error), which
     * Selenium's own staleness condition does not recognise.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Fails on cardholder data in the page as it stands or on a script the policy blocked. */
    void inspect() {
        String where = driver.getCurrentUrl();
        CardDataScanner.assertCleanPage("page " + where, retrying(driver::getPageSource));
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations on " + where + ": " + blocked);
        }
    }

    // A page that is still being replaced can hand out an element that vanishes under our hands.
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T retrying(java.util.function.Supplier<T> action) {
        WebDriverException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            if (attempt > 0) {
                pause(150); // an ajax update is replacing the element: give it the time to land
            }
            try {
                return action.get();
            } catch (StaleElementReferenceException e) {
                last = e;
            } catch (WebDriverException e) {
                if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    void waitForText(String css, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("posdesk.it.reports", "target/it-reports"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            inspect(); // what ajax updates left on the last page
        } finally {
            driver.quit();
        }
    }
}
