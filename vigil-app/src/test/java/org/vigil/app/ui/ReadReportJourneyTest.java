package org.vigil.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.app.web.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Read a report" in a real headless Chromium, as a researcher does it: from the menu, paste a report, read
 * the facts in words, correct a name, accept all, store, read the summary of what was stored, and open the
 * person to find her arrest and charge with the dates the text gives. The review screen must also be usable
 * on a phone: at 390 px nothing is wider than the screen.
 */
class ReadReportJourneyTest {

    private static final String REPORT = """
            Lena Okafor, a journalist, was arrested on 3 March 2023 in Riverton. On 10 March 2023 she was charged \
            under Article 341 of the Criminal Code with "spreading false information". On 12 March 2023 police \
            officers tortured her with electric shocks to force a confession. On 20 June 2023 the Riverton City Court \
            sentenced Lena Okafor to six years in prison.
            On 5 May 2023 security forces opened fire on a peaceful protest in Riverton; at least 15 people were killed.
            """;
    private static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");

    @TempDir
    static Path dir;
    private static TestServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed "
                + "(.ci/run installs them): skipping the browser journey");
        server = TestServer.start(dir);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class).until(condition::apply);
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static long overflow() {
        return (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** Whether the page, shown 390 px wide, has nothing wider than the screen. */
    private static long overflowOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        long pixels = overflow();
        browser.manage().window().setSize(new Dimension(1280, 1600));
        return pixels;
    }

    @Test
    void pasteCorrectANameAcceptAllStoreAndFindTheArrestAndChargeOnThePerson() throws Exception {
        Chromium.signIn(browser, server.url(), "researcher");

        browser.findElement(By.linkText("Read a report")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Read a report"));
        assertThat(overflowOnAPhone()).as("the paste form is wider than a phone by").isLessThanOrEqualTo(0);
        browser.findElement(By.id("title")).sendKeys("Riverton briefing");
        browser.findElement(By.id("text")).sendKeys(REPORT);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().startsWith("Review the facts"));

        String review = main();
        assertThat(review).contains("PERSON Lena Okafor", "FIGURE at least 15 people killed",
                "TORTURE METHOD Electric shocks", "3 March 2023", "Accept all", "Reject all");
        assertThat(review).doesNotContain("{\"", "person-1", "count-1");

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(overflow()).as("pixels wider than a 390 px phone screen").isLessThanOrEqualTo(0);
        screenshot("review-390");
        browser.manage().window().setSize(new Dimension(390, 3200));
        screenshot("review-390-long");
        browser.manage().window().setSize(new Dimension(1280, 1600));
        screenshot("review-1280");

        WebElement name = browser.findElement(By.cssSelector(".fact-card input[value='Lena Okafor']"));
        name.clear();
        name.sendKeys("Lena Okafor-Mbeki");
        browser.findElement(By.cssSelector("label[for=all-accept]")).click();
        browser.findElement(By.cssSelector(".store-bar button")).click();
        waitFor(d -> d.getCurrentUrl().contains("/review/extract/stored/"));
        screenshot("stored");
        assertThat(overflowOnAPhone()).as("the summary is wider than a phone by").isLessThanOrEqualTo(0);

        assertThat(browser.findElement(By.id("stored-summary")).getText()).isEqualTo(
                "Stored: 1 source, 2 events, 2 persons, 1 organisation, 3 acts, 1 legal proceeding with 3 steps");
        assertThat(main()).contains("Security forces opened fire on a peaceful protest in Riverton",
                "Legal proceeding of Lena Okafor-Mbeki", "Charged with “spreading false information”");

        browser.findElement(By.linkText("Lena Okafor-Mbeki")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Lena Okafor-Mbeki"));
        screenshot("person");
        String timeline = main();
        assertThat(timeline).contains("3 March 2023", "Arrested", "10 March 2023",
                "Charged with “spreading false information” (Article 341 of the Criminal Code)",
                "12 March 2023", "Torture or ill-treatment");
    }
}
