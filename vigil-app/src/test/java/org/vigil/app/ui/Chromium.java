package org.vigil.app.ui;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with paths given explicitly so Selenium
 * never tries to download a browser, and the flags that keep Chromium off the network.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    static ChromeDriver start() throws IOException {
        return start(1280, 1600);
    }

    /** A browser whose window is a given size: 390 wide is a phone held upright. */
    static ChromeDriver start(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("vigil-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Signs in through the sign-in page and waits for the page it leads to: a click returns before the next
     * page has loaded, and a test that reads on at once reads the sign-in page.
     */
    static void signIn(ChromeDriver browser, String baseUrl, String user) {
        browser.get(baseUrl + (baseUrl.endsWith("/") ? "" : "/") + "login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(org.vigil.app.web.TestServer.PASSWORD);
        browser.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/login")
                        && d.findElements(org.openqa.selenium.By.id("password")).isEmpty());
    }

    /**
     * Does something that opens another page and waits until that page has loaded. It marks the current
     * document and waits for a document without the mark: waiting for the old element to go stale is not
     * enough, because Chromium sometimes answers a question about a node of an unloaded page with an
     * "unknown error" rather than "stale element", and that error ended a CI run.
     */
    static void awaitNextPage(org.openqa.selenium.WebDriver browser, Runnable action) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("window.__vigilLeaving = true;");
        action.run();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.__vigilLeaving !== true && document.readyState === 'complete';")));
    }
}
