package org.vigil.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.vigil.app.web.TestServer;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A researcher records a whole case in a real headless Chromium, from the menus only: after opening the
 * sign-in page, every step is a click on a link or button (or a choice in a list) and typing into
 * fields; no address is ever typed. Every click and choice is counted: the whole case must take at most
 * 40. Screenshots of every form are kept in target/journey-screenshots to be looked at.
 */
class RecordCaseJourneyTest {

    private static final int MOST_CLICKS = 40;
    private static final Path SHOTS = Path.of("target", "journey-screenshots");

    @TempDir
    static Path dir;
    private static TestServer server;
    private static ChromeDriver browser;
    private static int clicks;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed "
                + "(.ci/run installs them): skipping the browser journey");
        server = TestServer.start(dir);
        browser = Chromium.start();
        Files.createDirectories(SHOTS);
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

    @Test
    void aResearcherRecordsAWholeCaseFromTheMenusInAtMost40Clicks() throws Exception {
        clicks = 0;
        browser.manage().deleteAllCookies();
        browser.get(server.url() + "login");
        type("username", "researcher");
        type("password", TestServer.PASSWORD);
        navigate(browser.findElement(By.cssSelector("button[type=submit]")), true);

        navigate(browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("New record")), true);
        if (!heading().equals("New record")) {
            // The menu may open the event form directly; the form links to the list of kinds.
            clickLink("Record another kind of thing instead");
        }
        assertThat(main()).contains("Involvement (who did it)", "Legal proceeding", "Monitored case");
        shot("00-chooser");

        clickLink("Source");
        choose("kind", "Testimony");
        type("f-title", "Interview with Zhanar Seitkali's lawyer");
        type("f-date", "3 February 2012");
        save("01-source");

        clickLink("Add an event citing it");
        type("f-title", "Detention and torture of a trade-union lawyer in Zhanaozen");
        type("f-start", "late January 2012");
        tick("violationCategories", "torture");
        type("f-places-0--name", "Zhanaozen");
        save("02-event");

        clickLink("Add a victim (person)");
        type("f-names-0--value", "Жанар Сейткали");
        choose("sex", "female");
        save("03-person");

        clickLink("Add an act against them");
        assertThat(browser.findElement(By.name("eventId")).getAttribute("value")).as("the act names its event in words")
                .startsWith("Detention and torture of a trade-union lawyer in Zhanaozen");
        assertThat(browser.findElement(By.name("victimId")).getAttribute("value")).as("and its victim")
                .isEqualTo("Жанар Сейткали");
        choose("actType", "Torture or ill-treatment");
        tick("torture.methods", "beating");
        save("04-act");

        clickLink("Add the perpetrator organisation");
        type("f-name", "Zhanaozen city police department");
        choose("kind", "Police");
        type("f-country", "KZ");
        save("05-organisation");

        navigate(browser.findElement(By.partialLinkText("Record it as perpetrator of")), true);
        choose("degree", "direct");
        save("06-involvement");

        navigate(browser.findElement(By.partialLinkText("Add a legal proceeding against")), true);
        shot("07-step-chooser");
        clickLink("Arrest");
        type("f-date", "24 January 2012");
        type("f-step-arrest-place", "Zhanaozen police station");
        save("08-arrest");

        clickLink("Charge");
        type("f-date", "February 2012");
        type("f-step-charge-charges-0--text", "Inciting social discord");
        type("f-step-charge-charges-0--legalArticle", "Article 164");
        save("09-charge");

        clickLink("Trial");
        type("f-date", "May 2012");
        tick("step.trial.fairTrialConcerns", "coerced_confession");
        save("10-trial");

        clickLink("Sentence");
        type("f-date", "June 2012");
        type("f-step-sentence-term-years", "5");
        save("11-sentence");

        clickLink("Appeal");
        type("f-date", "August 2012");
        choose("step.appeal.outcome", "upheld");
        save("12-appeal");

        navigate(browser.findElement(By.partialLinkText("Read Жанар Сейткали")), true);
        shot("13-person");
        assertThat(main()).contains("Arrested at Zhanaozen police station", "Charged with “Inciting social discord”",
                "Trial; fair-trial concerns", "Sentenced: 5 years", "Appeal decided: verdict upheld");

        System.out.println("Recorded the whole case in " + clicks + " clicks and choices");
        assertThat(clicks).as("clicks and choices to record the whole case").isLessThanOrEqualTo(MOST_CLICKS);

        Source source = only(Source.class, s -> s.title().startsWith("Interview with Zhanar"));
        Event event = only(Event.class, e -> e.title().startsWith("Detention and torture of a trade-union lawyer"));
        assertThat(event.start()).contains(PartialDate.parse("late 2012-01"));
        assertThat(event.citations()).extracting(c -> c.sourceId()).containsExactly(source.id());
        Person victim = only(Person.class, p -> p.label().equals("Жанар Сейткали"));
        assertThat(victim.names().get(0).script()).isEqualTo("Cyrl");
        Act act = only(Act.class, a -> a.victimId().equals(victim.id()));
        assertThat(act.eventId()).isEqualTo(event.id());
        assertThat(act.actType()).isEqualTo("torture");
        assertThat(act.torture().orElseThrow().methods()).containsExactly("beating");
        assertThat(act.citations()).extracting(c -> c.sourceId()).containsExactly(source.id());
        Organisation police = only(Organisation.class, o -> o.name().equals("Zhanaozen city police department"));
        Involvement involvement = only(Involvement.class, i -> i.actId().equals(act.id()));
        assertThat(involvement.perpetratorId()).isEqualTo(police.id());
        assertThat(involvement.degree()).isEqualTo("direct");
        List<Proceeding> steps = server.store().records().list(RecordType.PROCEEDING).stream()
                .map(Proceeding.class::cast).filter(p -> p.personId().equals(victim.id())).toList();
        assertThat(steps).extracting(p -> p.step().kindCode())
                .containsExactlyInAnyOrder("arrest", "charge", "trial", "sentence", "appeal");
        assertThat(steps).allSatisfy(p -> {
            assertThat(p.eventId()).contains(event.id());
            assertThat(p.citations()).extracting(c -> c.sourceId()).containsExactly(source.id());
        });
        assertThat(steps).filteredOn(p -> p.step() instanceof ProceedingStep.Sentence).first()
                .satisfies(p -> assertThat(((ProceedingStep.Sentence) p.step()).term().orElseThrow().years()).isEqualTo(5));
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndDeletingAsksFirst() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(server.url() + "login");
        type("username", "researcher");
        type("password", TestServer.PASSWORD);
        navigate(browser.findElement(By.cssSelector("button[type=submit]")), false);
        navigate(browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("New record")), false);
        if (!heading().equals("New record")) {
            clickLink("Record another kind of thing instead");
        }
        clickLink("Person");
        type("f-names-0--value", "Dmitry Orlov");
        type("f-birthDate", "sometime in the eighties");
        submit(false);
        shot("20-person-with-a-mistake");
        assertThat(browser.findElement(By.cssSelector(".errors")).getText()).contains("Birth date: ")
                .doesNotContain("birthDate");
        assertThat(browser.findElement(By.cssSelector(".field.invalid .error")).getText()).contains("sometime");
        assertThat(browser.findElement(By.id("f-names-0--value")).getAttribute("value")).isEqualTo("Dmitry Orlov");
        type("f-birthDate", "1983");
        submit(false);
        assertThat(heading()).isEqualTo("Saved ‘Dmitry Orlov’");

        clickLink("Edit it");
        shot("21-person-edit");
        clickLink("Delete this record…");
        shot("22-delete-confirmation");
        assertThat(main()).contains("Delete ‘Dmitry Orlov’?", "Its history is kept and it can be read under History.");
        Person orlov = only(Person.class, p -> p.label().equals("Dmitry Orlov"));
        navigate(browser.findElement(By.cssSelector("form.delete-form button[type=submit]")), false);
        assertThat(server.store().records().find(orlov.id())).isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(server.url() + "login");
        type("username", "viewer");
        type("password", TestServer.PASSWORD);
        navigate(browser.findElement(By.cssSelector("button[type=submit]")), false);
        browser.get(server.url() + "records/new?type=event");
        shot("23-viewer-forbidden");
        assertThat(main()).contains("lets you read records but not create, change or delete them");
    }

    /** The one record of a class that matches, as the store holds it. */
    private static <T extends Record> T only(Class<T> type, java.util.function.Predicate<T> which) {
        RecordType recordType = java.util.Arrays.stream(RecordType.values()).filter(t -> t.javaType() == type)
                .findFirst().orElseThrow();
        List<T> found = server.store().records().list(recordType).stream().map(type::cast).filter(which).toList();
        assertThat(found).as("one " + type.getSimpleName() + " recorded").hasSize(1);
        return found.get(0);
    }

    private static void click(WebElement e) {
        clicks++;
        e.click();
    }

    private static void clickLink(String text) {
        navigate(browser.findElement(By.cssSelector("main")).findElement(By.linkText(text)), true);
    }

    /** Clicks something that opens another page and waits until that page has replaced this one. */
    private static void navigate(WebElement e, boolean counted) {
        Chromium.awaitNextPage(browser, () -> {
            if (counted) {
                click(e);
            } else {
                e.click();
            }
        });
    }

    private static void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Chooses an option of a list by its code: one click. */
    private static void choose(String path, String codeOrLabel) {
        clicks++;
        Select select = new Select(browser.findElement(By.id("f-" + path.replaceAll("[^A-Za-z0-9]", "-"))));
        boolean byLabel = select.getOptions().stream().anyMatch(o -> o.getText().equals(codeOrLabel));
        if (byLabel) {
            select.selectByVisibleText(codeOrLabel);
        } else {
            select.selectByValue(codeOrLabel);
        }
    }

    private static void tick(String name, String value) {
        click(browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")));
    }

    /** Saves the form shown, after a screenshot of it, and checks the confirmation. */
    private static void save(String shot) throws Exception {
        shot(shot);
        submit(true);
        assertThat(heading()).as("saved " + shot + "; the page says: " + main()).startsWith("Saved ‘");
        shot(shot + "-saved");
    }

    /** Clicks the form's Save button (counted or not) and waits until the next page has replaced the form. */
    private static void submit(boolean counted) {
        WebElement form = browser.findElement(By.cssSelector("form.record-form"));
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        Chromium.awaitNextPage(browser, () -> {
            if (counted) {
                click(button);
            } else {
                button.click();
            }
        });
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static void shot(String name) throws Exception {
        // A tall window so that the whole form is in the picture.
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 40, 8000)));
        Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
    }
}
