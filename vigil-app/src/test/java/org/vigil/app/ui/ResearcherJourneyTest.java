package org.vigil.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.vigil.app.web.TestServer;
import org.vigil.core.hash.Sha256;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A researcher's day in a real headless Chromium: sign in, document an event with an act, a victim and a
 * perpetrator, attach a source file, find the victim by a Latin and a Cyrillic spelling, read the history;
 * then a viewer finds none of the restricted parts.
 */
class ResearcherJourneyTest {

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

    private static void open(String path) {
        browser.get(server.url() + path.substring(1));
    }

    private static void type(String path, String text) {
        WebElement e = browser.findElement(By.id("f-" + path.replaceAll("[^A-Za-z0-9]", "-")));
        e.clear();
        e.sendKeys(text);
    }

    private static void choose(String path, String code) {
        new Select(browser.findElement(By.id("f-" + path.replaceAll("[^A-Za-z0-9]", "-")))).selectByValue(code);
    }

    /** Submits the record form and waits until the browser has left the form page. */
    private static void submitRecordForm() {
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                d -> !d.getCurrentUrl().equals(before) || !d.findElements(By.cssSelector(".errors")).isEmpty());
    }

    private static String create(String type, Runnable fill) {
        open("/records/new?type=" + type);
        fill.run();
        submitRecordForm();
        String url = browser.getCurrentUrl();
        assertThat(url).as("saved " + type + "; page says: " + browser.findElement(By.tagName("main")).getText())
                .contains("/records/").doesNotContain("/records/new");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void signIn(String user) {
        Chromium.signIn(browser, server.url(), user);
    }

    @Test
    void documentFindAndReviewAnEventThenHideItFromAViewer() throws Exception {
        signIn("researcher");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");

        String source = create("source", () -> {
            choose("kind", "testimony");
            type("title", "Interview with a released detainee");
            choose("confidentiality", "restricted");
        });
        Path file = Files.createTempFile(dir, "statement", ".txt");
        Files.writeString(file, "Signed statement, page 1", StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                d -> d.getPageSource().contains("SHA-256"));
        assertThat(browser.getPageSource()).contains(Sha256.hex(Files.readAllBytes(file)));

        String victim = create("person", () -> {
            type("names[0].value", "Aigerim Tursynbekova");
            type("names[1].value", "Тұрсынбекова Айгерім");
            choose("sex", "female");
            browser.findElement(By.cssSelector("input[name=descriptors][value=labour_activist]")).click();
            choose("confidentiality", "internal");
        });
        String perpetrator = create("organisation", () -> {
            type("name", "Special Rapid Response Unit");
            choose("kind", "police");
            type("country", "KZ");
        });
        String event = create("event", () -> {
            type("title", "Beating of a strike leader in custody");
            type("start", "late March 2013");
            browser.findElement(By.cssSelector("input[name=violationCategories][value=torture]")).click();
            type("places[0].name", "Zhanaozen");
            choose("monitoringStatus", "open");
            choose("confidentiality", "internal");
        });
        String act = create("act", () -> {
            type("eventId", event);
            type("victimId", victim);
            choose("actType", "torture");
            browser.findElement(By.cssSelector("input[name='torture.methods'][value=beating]")).click();
            type("citations[0].sourceId", source);
            choose("confidentiality", "internal");
        });
        create("involvement", () -> {
            type("actId", act);
            type("perpetratorId", perpetrator);
            choose("perpetratorType", "police");
            choose("degree", "direct");
            choose("confidentiality", "internal");
        });

        open("/events/" + event);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Aigerim Tursynbekova").contains("Special Rapid Response Unit").contains("late March 2013");

        for (String spelling : new String[]{"Tursynbekova", "Турсынбекова", "TURSYNBEKOVA"}) {
            open("/search?q=" + java.net.URLEncoder.encode(spelling, StandardCharsets.UTF_8));
            assertThat(browser.findElement(By.tagName("main")).getText()).as("search for " + spelling)
                    .contains("Aigerim Tursynbekova");
        }

        open("/records/" + event + "/edit");
        type("title", "Beating of a strike leader in police custody");
        submitRecordForm();
        open("/records/" + event + "/history");
        String history = browser.findElement(By.tagName("main")).getText();
        assertThat(history).contains("Version 2").contains("Version 1")
                .contains("Beating of a strike leader in custody").contains("Beating of a strike leader in police custody");

        browser.manage().deleteAllCookies();
        signIn("viewer");
        open("/search?q=Tursynbekova");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Aigerim Tursynbekova");
        open("/sources");
        assertThat(browser.getPageSource()).doesNotContain("Interview with a released detainee");
        open("/records/" + source);
        assertThat(browser.getPageSource()).doesNotContain("Interview with a released detainee");
        open("/export");
        assertThat(browser.getPageSource()).doesNotContain("Interview with a released detainee").doesNotContain(victim);
    }

    /** Waits for the next page's heading: a click returns before the page it leads to has loaded. */
    private static void waitForHeading(String heading) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equalsIgnoreCase(heading));
    }

    @Test
    void writeTheCountryEntryAndReadItInTheBrowser() {
        browser.manage().deleteAllCookies();
        signIn("researcher");
        open("/report");
        assertThat(browser.findElement(By.id("country")).getAttribute("value")).isEqualTo("KZ");
        // The year defaults to the latest an event started in; the other journey may have added a later one.
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2012");
        browser.findElement(By.id("audience-internal")).click();
        browser.findElement(By.cssSelector("form[action='/report'] button[type=submit]")).click();
        // Writing the entry takes a moment: wait for its heading rather than read the form's.
        waitForHeading("Kazakhstan");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualToIgnoringCase("Kazakhstan");
        String entry = browser.findElement(By.tagName("main")).getText();
        assertThat(entry).contains("At least 15 people were killed.", "Vladimir Kozlov", "Владимир Козлов", "Sources");
        assertThat(browser.findElements(By.cssSelector("figure svg"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("aside.case h3"))).extracting(WebElement::getText)
                .contains("Vladimir Kozlov", "Roza Tuletaeva");

        browser.manage().deleteAllCookies();
        signIn("viewer");
        open("/report");
        assertThat(browser.findElements(By.id("audience-internal"))).as("no internal version for a viewer").isEmpty();
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2012");
        browser.findElement(By.cssSelector("form[action='/report'] button[type=submit]")).click();
        waitForHeading("Kazakhstan");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vladimir Kozlov").doesNotContain("Sources");
    }
}
