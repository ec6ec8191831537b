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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.app.web.TestServer;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A first-time researcher links the people of the fresh demo from the menu, a reviewer settles an uncertain
 * pair, and the researcher estimates how many victims no list recorded from the store's own sources — in a
 * real headless Chromium over a real server and store. Set {@code -Dvigil.screenshots=DIR} to keep screenshots.
 */
class LinkageAndEstimateJourneyTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static ChromeDriver browser;

    /** Three lists of victims a monitoring group would hold, by title. */
    private static final String MEMORIAL = "Memorial: list of political prisoners, 2012";
    private static final String HRW = "Human Rights Watch: World Report 2013, Kazakhstan";
    private static final String KIBHR = "Kazakhstan Bureau for Human Rights: detention monitoring, 2012";

    /** Thirty people with names no two of which are alike. */
    private static final List<String> PEOPLE = List.of("Marat Sadykov", "Gulnara Omarova", "Yerlan Kaliyev",
            "Dinara Zhaksybekova", "Bolat Atabayev", "Zhanbolat Mamay", "Serik Sapargali", "Asel Nurmagambetova",
            "Talgat Ayanov", "Maks Bokayev", "Nurlan Utebayev", "Saule Abdrakhmanova", "Kairat Serikbayev",
            "Aliya Turusbekova", "Yesengali Kuanyshev", "Roman Kim", "Irina Petrova", "Sergei Volkov",
            "Olga Morozova", "Dmitri Lebedev", "Yelena Fedorova", "Ruslan Ismailov", "Zhanna Baitelova",
            "Askar Shaigumarov", "Galym Ageleuov", "Mukhtar Dzhakishev", "Ermek Narymbaev", "Vadim Kuramshin",
            "Natalya Ulasik", "Amanzhol Zhankuliyev");

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

    private static void signIn(String user) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, server.url(), user);
    }

    private static void menu(String item) {
        Chromium.awaitNextPage(browser, () -> browser.findElement(By.linkText(item)).click());
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static void screenshot(String name) throws Exception {
        String keep = System.getProperty("vigil.screenshots", "");
        if (!keep.isEmpty()) {
            Files.createDirectories(Path.of(keep));
            long height = (Long) browser.executeScript("return document.body.scrollHeight");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(6000, height + 200)));
            Files.write(Path.of(keep, name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        }
    }

    private static Source source(String id, String title) {
        return new Source(id, "victim_list", title, Optional.empty(), Optional.empty(), Optional.of("en"),
                Reliability.HIGH, Optional.empty(), Optional.empty(), Confidentiality.INTERNAL, List.of());
    }

    private static Person person(String id, String name, String sex, List<String> sources) {
        return person(id, name, sex, "KZ", sources);
    }

    private static Person person(String id, String name, String sex, String nationality, List<String> sources) {
        return Person.builder(id).kind(PersonKind.INDIVIDUAL).names(PersonName.of(name)).sex(sex)
                .nationality(nationality).descriptors("detainee").confidentiality(Confidentiality.INTERNAL)
                .citations(sources.stream().map(Citation::of).toList()).build();
    }

    /**
     * Three lists that overlap, and the demo's Roza Tuletaeva listed again by two of them, once in Cyrillic
     * and once in another Latin spelling, as separate records the way each list's editor typed her; and a
     * few namesakes. (The seeded linker gives the same uncertain pairs on every run.)
     */
    private static void addListsWithANearDuplicate() {
        List<Record> records = new ArrayList<>(List.of(source("src-memorial", MEMORIAL), source("src-hrw", HRW),
                source("src-kibhr", KIBHR)));
        for (int i = 0; i < PEOPLE.size(); i++) {
            List<String> on = new ArrayList<>();
            if (i < 20) {
                on.add("src-memorial");
            }
            if ((i >= 10 && i < 26) || i % 4 == 0) {
                on.add("src-hrw");
            }
            if (i % 2 == 0 || i >= 26) {
                on.add("src-kibhr");
            }
            String name = PEOPLE.get(i);
            String sex = name.endsWith("a") || name.startsWith("Asel") || name.startsWith("Saule") ? "female" : "male";
            records.add(person("per-list-" + i, name, sex, on));
        }
        records.add(person("per-roza-memorial", "Роза Тулетаева", "female", List.of("src-memorial")));
        records.add(person("per-roza-hrw", "Roza Tuletayeva", "female", List.of("src-hrw")));
        // and namesakes, as lists have them: the same name with another nationality or sex
        records.add(person("per-kim-ru", "Roman Kim", "male", "RU", List.of("src-kibhr")));
        records.add(person("per-volkov-f", "Sergei Volkov", "female", List.of("src-kibhr")));
        records.add(person("per-petrovna", "Irina Petrovna", "female", List.of("src-kibhr")));
        server.store().records().save(records, "test");
    }

    @Test
    void linkTheDemoSettleAPairAndEstimateFromTheStoresOwnLists() throws Exception {
        signIn("researcher");
        menu("Linkage");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Which records are the same person?");
        assertThat(main()).contains("Linkage has not run on this data set yet");
        Chromium.awaitNextPage(browser, () -> browser.findElement(By.cssSelector("form[action='/link/run'] button")).click());
        String summary = browser.findElement(By.cssSelector("p.notice")).getText();
        screenshot("1-linkage-demo");
        assertThat(summary).as("the fresh demo links without an error")
                .isEqualTo("Linkage finished: 4 person records form 4 people (no one has several records); "
                        + "no pair waits for review.");
        assertThat(main()).doesNotContain("Something went wrong");

        // the demo's own two sources: one names no individual victim, and the page says which and what to do
        menu("Estimate");
        for (WebElement box : browser.findElements(By.cssSelector("input[name=sources]"))) {
            box.click();
        }
        Chromium.awaitNextPage(browser, () -> browser.findElement(By.cssSelector("form[action='/estimate'] button[type=submit]")).click());
        // The click returns before the answer has loaded: wait for it.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("main p.error")).isEmpty());
        screenshot("1b-estimate-demo");
        assertThat(browser.findElement(By.cssSelector("main p.error")).getText())
                .startsWith("The list ‘Kazakhstan: Progress and nature of official investigations called into question")
                .contains("has no victims linked to persons", "Choose at least two lists that share people")
                .doesNotContain("src-ai");
        assertThat(browser.findElements(By.cssSelector("input[name=sources]"))).as("the choices are kept")
                .allMatch(WebElement::isSelected);

        addListsWithANearDuplicate();
        menu("Linkage");
        Chromium.awaitNextPage(browser, () -> browser.findElement(By.cssSelector("form[action='/link/run'] button")).click());
        screenshot("2-linkage-lists");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
                .startsWith("Linkage finished: 39 person records form").contains("wait for a reviewer's decision");
        assertThat(browser.findElements(By.cssSelector("article.pair h3"))).extracting(WebElement::getText)
                .as("Roza Tuletaeva's records by different lists wait for review, shown by name")
                .anySatisfy(h -> assertThat(h).contains("Roza Tuletayeva and Roza Tuletaeva"));
        assertThat(main()).doesNotContain("per-roza").doesNotContain("jaro-winkler").doesNotContain("birth_date");

        signIn("reviewer");
        menu("Linkage");
        List<WebElement> pairs = browser.findElements(By.cssSelector("article.pair"));
        assertThat(pairs).as("the lists give at least one uncertain pair to review").isNotEmpty();
        WebElement first = pairs.get(0);
        String heading = first.findElement(By.tagName("h3")).getText();
        assertThat(heading).matches(".+ and .+: \\d+% likely the same person");
        assertThat(first.findElement(By.tagName("table")).getText()).contains("Name", "Sex", "Birth date", "not recorded",
                "missing (counts neither way)");
        String firstName = first.findElements(By.cssSelector("h3 a")).get(0).getText();
        String secondName = first.findElements(By.cssSelector("h3 a")).get(1).getText();
        screenshot("3-review-queue");
        Chromium.awaitNextPage(browser, () -> first.findElement(By.cssSelector("button[value=same]")).click());
        screenshot("4-decided");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
                .startsWith("Decision recorded: " + firstName + " and " + secondName + " are the same person. "
                        + "Linkage ran again:");
        assertThat(browser.findElement(By.id("d-h")).getText()).isEqualTo("Reviewers' decisions (1)");
        assertThat(browser.findElement(By.cssSelector("ul.decisions")).getText())
                .as("the decision is listed (pairs are stored in a fixed order)")
                .contains(firstName, secondName, ": same person — decided by reviewer");
        assertThat(browser.findElements(By.cssSelector("article.pair h3"))).extracting(WebElement::getText)
                .as("the decided pair left the queue").doesNotContain(heading);
        assertThat(browser.findElements(By.cssSelector("ul.clusters li"))).extracting(WebElement::getText)
                .as("the two records are now one person, shown by names and sources, not ids")
                .anySatisfy(c -> assertThat(c).matches("\\d records: .*").contains(firstName, secondName)
                        .doesNotContain("per-"));

        signIn("researcher");
        menu("Estimate");
        assertThat(main()).contains(MEMORIAL, HRW, KIBHR).doesNotContain("Linkage has not run yet");
        for (String title : List.of(MEMORIAL, HRW, KIBHR)) {
            browser.findElement(By.xpath("//label[span[text()='" + title + "']]")).click();
        }
        assertThat(new Select(browser.findElement(By.id("method"))).getFirstSelectedOption().getText())
                .startsWith("Bayesian latent classes");
        screenshot("5-estimate-form");
        Chromium.awaitNextPage(browser, () -> browser.findElement(By.cssSelector("form[action='/estimate'] button[type=submit]")).click());
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> !d.findElements(By.cssSelector(
                "p.estimate-total, main p.error")).isEmpty());
        screenshot("6-estimate-result");
        String result = main();
        assertThat(result).as(result).contains("Estimated total:").containsPattern("95% credible interval [\\d,]+ to [\\d,]+")
                .contains("Victims documented by ‘").contains("‘" + MEMORIAL + "’", "‘" + HRW + "’", "‘" + KIBHR + "’");
        assertThat(browser.findElement(By.cssSelector("table.diagnostics")).getText())
                .contains("R-hat", "Effective sample size", "Median of each chain");
        assertThat(browser.findElement(By.cssSelector("p.convergence")).getText()).contains("R-hat near 1.00");
        assertThat(browser.findElement(By.cssSelector("table.lists")).getText()).contains(MEMORIAL, HRW, KIBHR);
        assertThat(browser.findElements(By.cssSelector(".chart svg"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".chart svg"))).extracting(e -> e.getAttribute("aria-label"))
                .containsExactly("Posterior distribution of the total number of victims", "Draws of the total by chain",
                        "People observed on each list and the estimated total");
        assertThat(browser.getPageSource()).as("axis titles and a legend naming the chains")
                .contains("Total number of victims", "Chain 1", "Chain 4", "95% interval");
    }
}
