package org.vigil.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigil.app.web.TestServer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page a person can reach from the menus, for each role, in a real headless Chromium held at phone
 * width: no server error, a title, the main menu, a viewport, nothing wider than the screen, and no serious
 * or critical accessibility violation found by axe-core.
 */
class CrawlerTest {

    /** The width of a phone held upright, in CSS pixels. */
    static final int PHONE_WIDTH = 390;
    /** How many pages one role's crawl visits at most. */
    static final int PAGE_LIMIT = 400;
    /**
     * Pages of one shape (the path with record ids replaced, and the names of its query parameters) checked
     * at most; the rest of that shape is still crawled for links and checked for errors, title and menu.
     */
    static final int ACCESSIBILITY_CHECKS_PER_SHAPE = 4;
    /**
     * Address prefixes whose pages belong to other parts of the work on issue 11 and are not yet held to this
     * contract; emptied once those parts are merged. Their links are still followed.
     */
    static final List<String> NOT_YET_CHECKED = List.of();

    /** Addresses never opened: signing out ends the crawl's session; files and the API are not pages. */
    private static final List<String> NOT_PAGES = List.of("/logout", "/attachments/", "/export", "/api/");

    @TempDir
    static Path dir;
    private static TestServer server;
    private static String axe;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed "
                + "(.ci/run installs them): skipping the crawl");
        Path script = axeCore();
        assumeTrue(Files.isRegularFile(script), "axe-core is not at " + script + " (.ci/run fetches it with "
                + ".ci/fetch-axe-core): skipping the crawl");
        axe = Files.readString(script, StandardCharsets.UTF_8);
        server = TestServer.start(dir);
    }

    /**
     * Where .ci/fetch-axe-core put axe-core: it is Deque's code, fetched and checked against a pinned hash,
     * not kept in the repository. {@code VIGIL_CACHE} moves the cache as it does for the script.
     */
    static Path axeCore() {
        String cache = System.getenv().getOrDefault("VIGIL_CACHE",
                Path.of(System.getProperty("user.home"), ".cache", "vigil").toString());
        return Path.of(cache, "axe-core-4.10.2", "axe.min.js");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "every page a {0} reaches from the menus reads well on a phone")
    @ValueSource(strings = {"admin", "researcher", "reviewer", "viewer"})
    void everyPageReachableFromTheMenusIsWholeAccessibleAndFitsAPhone(String role) throws IOException {
        ChromeDriver browser = Chromium.start(PHONE_WIDTH, 844);
        try {
            // Chromium widens a window given on its command line to its own minimum; set afterwards, it stays.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(PHONE_WIDTH, 844));
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            browser.get(server.url() + "login");
            assertThat(((Number) browser.executeScript("return window.innerWidth;")).intValue())
                    .as("the page's width in CSS pixels").isLessThanOrEqualTo(PHONE_WIDTH);
            Crawl crawl = new Crawl(browser);
            crawl.signIn(role);
            crawl.run();
            assertThat(crawl.visited).as("pages a %s reaches", role).hasSizeGreaterThan(20);
            // The whole list, for reading when the assertion below cuts it short.
            java.nio.file.Files.write(Path.of("target", "crawl-" + role + ".txt"), crawl.problems);
            java.nio.file.Files.write(Path.of("target", "crawl-" + role + "-pages.txt"), crawl.visited);
            assertThat(crawl.problems).as("problems a %s meets on %d pages", role, crawl.visited.size()).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @org.junit.jupiter.api.Test
    void theAccessibilityCheckFindsAnImageWithoutText() throws IOException {
        ChromeDriver browser = Chromium.start(PHONE_WIDTH, 844);
        try {
            browser.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src=x.png></main></html>");
            Crawl crawl = new Crawl(browser);
            crawl.checkAccessibility("a page with an image without text");
            assertThat(crawl.problems).anyMatch(p -> p.contains("image-alt"));
        } finally {
            browser.quit();
        }
    }

    /** One role's breadth-first walk from the overview and the menus. */
    private static final class Crawl {
        private final ChromeDriver browser;
        private final String origin;
        private final Set<String> visited = new LinkedHashSet<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Integer> checkedShapes = new HashMap<>();
        private String role = "anonymous";

        Crawl(ChromeDriver browser) {
            this.browser = browser;
            this.origin = server.url().substring(0, server.url().length() - 1);
        }

        void signIn(String role) {
            this.role = role;
            Chromium.signIn(browser, origin, role);
        }

        void run() {
            // Breadth-first, but a page of a kind not yet met goes ahead of more pages of known kinds, so that
            // within the bound every kind of page is visited, not a hundred histories and no linkage page.
            Deque<String> newKinds = new ArrayDeque<>();
            Deque<String> moreOfAKind = new ArrayDeque<>();
            Set<String> kinds = new java.util.HashSet<>();
            Set<String> seen = new LinkedHashSet<>();
            // The overview, and two addresses that do not exist: error pages are pages too.
            for (String start : List.of("/", "/no-such-page", "/records/no-such-record")) {
                seen.add(start);
                kinds.add(shape(start));
                newKinds.add(start);
            }
            while ((!newKinds.isEmpty() || !moreOfAKind.isEmpty()) && visited.size() < PAGE_LIMIT) {
                String path = newKinds.isEmpty() ? moreOfAKind.poll() : newKinds.poll();
                visited.add(path);
                for (String link : visit(path)) {
                    if (seen.add(link)) {
                        (kinds.add(shape(link)) ? newKinds : moreOfAKind).add(link);
                    }
                }
            }
        }

        /** With {@code -Dvigil.screenshots=DIR}, keeps the first page of each shape as it looks on the phone. */
        private void keepScreenshot(String shape) {
            String keep = System.getProperty("vigil.screenshots", "");
            if (keep.isEmpty()) {
                return;
            }
            try {
                Path file = Path.of(keep, role + shape.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
                Files.createDirectories(file.getParent());
                Files.write(file, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Opens a page, checks it, and returns the same-origin pages it links to. */
        @SuppressWarnings("unchecked")
        private List<String> visit(String path) {
            browser.get(origin + path);
            String where = browser.getCurrentUrl();
            Object statusValue = browser.executeScript(
                    "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
            long status = statusValue instanceof Number n ? n.longValue() : 0;
            boolean checked = NOT_YET_CHECKED.stream().noneMatch(path::startsWith);
            if (checked) {
                checkPage(path, status);
                String shape = shape(path);
                int n = checkedShapes.merge(shape, 1, Integer::sum);
                if (n <= ACCESSIBILITY_CHECKS_PER_SHAPE) {
                    checkAccessibility(path);
                }
                if (n == 1) {
                    keepScreenshot(shape);
                }
            } else if (status >= 500) {
                problems.add(path + ": status " + status);
            }
            if (!where.startsWith(origin)) {
                return List.of();
            }
            List<String> hrefs = (List<String>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('a[href]'))"
                            + ".filter(a => !a.hasAttribute('download')).map(a => a.href);");
            List<String> links = new ArrayList<>();
            for (String href : hrefs) {
                local(href).filter(l -> NOT_PAGES.stream().noneMatch(l::startsWith)).ifPresent(links::add);
            }
            return links;
        }

        private void checkPage(String path, long status) {
            if (status >= 500) {
                problems.add(path + ": status " + status);
            }
            String text = browser.findElement(By.tagName("body")).getText();
            if (text.contains("Something went wrong")) {
                problems.add(path + ": says \"Something went wrong\"");
            }
            if (browser.getTitle().isBlank()) {
                problems.add(path + ": no <title>");
            }
            if (browser.findElements(By.cssSelector("header.site nav")).isEmpty()) {
                problems.add(path + ": no main menu");
            }
            if (browser.findElements(By.cssSelector("meta[name=viewport]")).isEmpty()) {
                problems.add(path + ": no <meta name=viewport>");
            }
            Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
            if (width.intValue() > PHONE_WIDTH) {
                problems.add(path + ": " + width + " px wide on a " + PHONE_WIDTH + " px phone; widest: "
                        + browser.executeScript(WIDEST));
            }
        }

        @SuppressWarnings("unchecked")
        private void checkAccessibility(String path) {
            browser.executeScript(axe);
            Object result = browser.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']})"
                            + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ' (' + v.help + ') at '"
                            + " + n.target.join(' ') + ': ' + n.html.substring(0, 160)))))"
                            + ".catch(e => done(['axe failed: ' + e]));");
            for (String violation : (List<String>) result) {
                problems.add(path + ": " + violation);
            }
        }

        /** The path and query of a same-origin address, without its fragment. */
        private java.util.Optional<String> local(String href) {
            if (!href.startsWith(origin + "/")) {
                return java.util.Optional.empty();
            }
            URI uri = URI.create(href);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return java.util.Optional.of(path);
        }
    }

    /** A page's kind: record ids become {id}, query values are dropped. */
    static String shape(String path) {
        int q = path.indexOf('?');
        String p = q < 0 ? path : path.substring(0, q);
        String shape = p.replaceAll("/[a-z]{2,4}-[A-Za-z0-9-]+", "/{id}").replaceAll("/[0-9a-f-]{8,}", "/{id}");
        if (q >= 0) {
            StringBuilder keys = new StringBuilder();
            for (String pair : path.substring(q + 1).split("&")) {
                String key = pair.split("=", 2)[0];
                // Which form a new record opens decides the page, so its type is part of the shape.
                keys.append(key.equals("type") ? pair : key).append('&');
            }
            shape += "?" + keys;
        }
        return shape;
    }

    /** Script naming the element that sticks out furthest to the right, outside boxes that scroll. */
    private static final String WIDEST = "var w = null, r = 0;"
            + "var scrolls = e => { for (var p = e.parentElement; p; p = p.parentElement) {"
            + " var o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }"
            + " return false; };"
            + "document.querySelectorAll('body *').forEach(e => { var x = e.getBoundingClientRect().right;"
            + " if (x > r && !scrolls(e)) { r = x; w = e; } });"
            + "return w ? w.tagName.toLowerCase() + (w.id ? '#' + w.id : '') + (w.className ? '.' + w.className : '')"
            + " + ' to ' + Math.round(r) + ' px: ' + w.outerHTML.substring(0, 120) : 'none';";
}
