package org.vigil.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigil.app.web.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A user looks after their own account in a real headless Chromium: makes an API token for a week, sees it
 * listed, revokes it, mistypes the current password, then changes it. Screenshots of each step go to
 * target/screenshots/account-*.png for a person to look at.
 */
class AccountJourneyTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed: skipping");
        server = TestServer.start(dir);
        browser = Chromium.start(1200, 1400);
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

    private static void shot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", "account-" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void submit(String formAction) {
        Chromium.awaitNextPage(browser, () -> browser.findElement(
                By.cssSelector("form[action='" + formAction + "'] button[type=submit]")).click());
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void tokensAndPasswordAreLookedAfterOnTheAccountPage() throws Exception {
        Chromium.signIn(browser, server.url(), "researcher2");
        browser.get(server.url() + "account");
        shot("1-empty");
        assertThat(main()).contains("You have no tokens.");

        browser.findElement(By.id("label")).clear();
        browser.findElement(By.id("label")).sendKeys("weekly export");
        browser.findElement(By.id("days")).clear();
        browser.findElement(By.id("days")).sendKeys("7");
        submit("/account/tokens");
        shot("2-token-made");
        assertThat(main()).contains("copy it now").contains("weekly export").contains("never");

        submit("/account/tokens/revoke");
        shot("3-token-revoked");
        assertThat(main()).contains("is revoked").contains("You have no tokens.");

        browser.findElement(By.id("current")).sendKeys("not my password");
        browser.findElement(By.id("new-password")).sendKeys("kettle maple orbit");
        submit("/account/password");
        shot("4-wrong-current");
        assertThat(main()).contains("the current password is not right");

        browser.findElement(By.id("current")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.id("new-password")).sendKeys("kettle maple orbit");
        submit("/account/password");
        shot("5-changed");
        assertThat(main()).contains("Your password is changed.");
        browser.get(server.url() + "events");
        assertThat(browser.getCurrentUrl()).as("still signed in").contains("/events");
    }
}
