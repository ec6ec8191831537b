package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Organisation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-only pages over the demo data set, fetched over real HTTP. */
class PagesTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static WebSession session;
    private static WebSession researcher;
    private static WebSession admin;

    @BeforeAll
    static void serveDemo() {
        server = TestServer.start(dir);
        server.store().records().save(List.of(new Organisation("org-xss", "<script>alert('x')</script> Police",
                List.of(), "police", Optional.empty(), Optional.empty(), Confidentiality.PUBLIC, List.of())), "test");
        session = server.as("viewer");
        researcher = server.as("researcher");
        admin = server.as("admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) {
        return session.get(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events", "/persons", "/organisations", "/sources", "/events/evt-kozlov-case",
            "/events/evt-zhanaozen-clashes", "/persons/per-kozlov", "/persons/grp-defendants", "/organisations/org-nss",
            "/organisations/org-aktau-city-court", "/dashboard", "/cases", "/records/evt-kozlov-case",
            "/records/evt-kozlov-case/history", "/account"})
    void everyPageRenders(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).contains("<main id=\"main\">").doesNotContain("Whitelabel");
    }

    @Test
    void anEventShowsItsFiguresActsProceedingsAndChain() throws Exception {
        String body = get("/events/evt-zhanaozen-clashes").body();
        assertThat(body).contains("at least 15").contains("more than 100").contains("Killing")
                .contains("Police and security forces deployed in Zhanaozen").contains("Chain of events");
    }

    @Test
    void aPersonsTimelineIsInDateOrderInBothScripts() throws Exception {
        String body = get("/persons/per-kozlov").body();
        assertThat(body).contains("Владимир Козлов").contains("Vladimir Kozlov");
        int arrest = body.indexOf("Arrested at his home in Almaty");
        int sentence = body.indexOf("Sentenced: 7 years and 6 months; confiscation of property");
        int appeal = body.indexOf("Appeal decided: verdict upheld");
        assertThat(arrest).isPositive().isLessThan(sentence);
        assertThat(sentence).isLessThan(appeal);
    }

    @Test
    void textIsEscaped() throws Exception {
        String body = get("/organisations").body();
        assertThat(body).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Police").doesNotContain("<script>alert");
    }

    @Test
    void theInterfaceTextFollowsTheBrowsersLanguage() {
        var russian = session.send(HttpRequest.newBuilder(URI.create(server.url() + "events"))
                .header("Accept-Language", "ru").build());
        assertThat(russian.body()).contains(">События<").contains(">Поиск<");
        assertThat(get("/events").body()).contains(">Events<");
    }

    @Test
    void anUnknownRecordIs404() throws Exception {
        assertThat(get("/persons/nobody").statusCode()).isEqualTo(404);
        assertThat(get("/events/per-kozlov").statusCode()).isEqualTo(404);
    }

    @Test
    void anEventPageOffersAWriterEditHistoryAndAnActHereButAViewerOnlyHistory() {
        String writer = researcher.get("/events/evt-zhanaozen-clashes").body();
        assertThat(writer).contains("href=\"/records/evt-zhanaozen-clashes/edit\"")
                .contains("href=\"/records/evt-zhanaozen-clashes/history\"")
                .contains("href=\"/records/new?type=act&amp;eventId=evt-zhanaozen-clashes\"")
                .contains("href=\"/records/new?type=involvement&amp;actId=act-clash-killings\"")
                .contains("href=\"/records/evt-zhanaozen-clashes/delete\"");
        String reader = get("/events/evt-zhanaozen-clashes").body();
        assertThat(reader).contains("href=\"/records/evt-zhanaozen-clashes/history\"")
                .doesNotContain("/edit\"").doesNotContain("/records/new?").doesNotContain("/delete\"");
    }

    @Test
    void aPersonPageOffersAWriterAnActAgainstThemAndALegalStep() {
        String page = researcher.get("/persons/per-kozlov").body();
        assertThat(page).contains("href=\"/records/new?type=act&amp;victimId=per-kozlov\"")
                .contains("href=\"/records/new?type=proceeding&amp;personId=per-kozlov\"")
                .contains("href=\"/records/per-kozlov/edit\"");
        assertThat(get("/persons/per-kozlov").body()).doesNotContain("/records/new?");
    }

    @Test
    void theMenusNewRecordLeadsToTheChooserOfEveryType() {
        assertThat(researcher.get("/events").body()).contains("<a href=\"/records/new\">New record</a>");
        assertThat(get("/events").body()).doesNotContain("New record");
    }

    @Test
    void aRecordPageNamesTheRecordAndItsFieldsInWords() {
        String act = researcher.get("/records/act-tuletaeva-torture").body();
        assertThat(act).contains("<title>Torture or ill-treatment of Roza Tuletaeva, 2012 · Vigil</title>")
                .doesNotContain("torture (per-tuletaeva)");
        String event = researcher.get("/records/evt-zhanaozen-clashes").body();
        assertThat(event).contains("at least 15").contains("more than 100").contains("16 December 2011")
                .contains("Excessive use of force").contains("Annual report 2013")
                .doesNotContain("tallies[0]").doesNotContain("at_least").doesNotContain("excessive_force")
                .doesNotContain(">src-ai-2013<");
        assertThat(event).containsPattern("saved <span>\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC");
    }

    @Test
    void searchHitsLeadToTheRecordsReadablePagesAndNameTypesInWords() {
        String page = get("/search?q=Kozlov").body();
        assertThat(page).contains("href=\"/persons/per-kozlov\"").contains("href=\"/events/evt-kozlov-case\"")
                .doesNotContain("href=\"/records/per-kozlov\"").doesNotContain("(per-kozlov)");
        assertThat(get("/search?q=").body()).contains("Event link (").doesNotContain(">event_link (");
    }

    @Test
    void eventsNewestFirstPutMarch2012BeforeJanuary2012() {
        String page = get("/events").body();
        int march = page.indexOf("Trial of 37 defendants in Aktau");
        int january = page.indexOf("Arrest, trial and imprisonment of Vladimir Kozlov");
        int december2011 = page.indexOf("Zhanaozen clashes on Independence Day");
        assertThat(march).isPositive().isLessThan(january);
        assertThat(january).isLessThan(december2011);
    }

    @Test
    void anEventsLegalStepsFollowTheCourseOfACaseWhereDatesCannotTell() {
        String page = get("/events/evt-aktau-trial").body();
        String steps = page.substring(page.indexOf("Legal proceedings"));
        int charged = steps.indexOf("Charged with");
        int trial = steps.indexOf("Trial; fair-trial concerns");
        int sentenced = steps.indexOf("Sentenced:");
        assertThat(charged).isPositive().isLessThan(trial);
        assertThat(trial).isLessThan(sentenced);
    }

    @Test
    void aTimelinePlacesAYearOnlyStepAfterTheDatedStepsItMustFollow() {
        String page = get("/persons/per-kozlov").body();
        int arrest = page.indexOf("Arrested at his home in Almaty");
        int detained = page.indexOf("Detained in NSS facilities in Aktau");
        int trial = page.indexOf("Trial; fair-trial concerns");
        int verdict = page.indexOf("Convicted of");
        assertThat(arrest).isPositive().isLessThan(detained);
        assertThat(detained).isLessThan(trial);
        assertThat(trial).isLessThan(verdict);
    }

    @Test
    void theEventsFilterReadsDatesInWords() {
        var r = get("/events?from=late+January+2012&to=late+January+2012");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Arrest, trial and imprisonment of Vladimir Kozlov")
                .doesNotContain("Zhanaozen clashes on Independence Day").doesNotContain("class=\"error\"");
    }

    @Test
    void theEventsFilterRefusesWhatIsNotADateBesideTheFieldAndListsNothing() {
        var r = get("/events?from=2012-13&to=");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"error-from\"").contains("“2012-13” is not a date")
                .contains("aria-invalid=\"true\"").doesNotContain("events, newest first")
                .doesNotContain("Zhanaozen clashes on Independence Day");
        assertThat(get("/search?q=Kozlov&from=whenever").statusCode()).isEqualTo(400);
    }

    @Test
    void aDeletedRecordsHistoryStaysReadableWithWhoDeletedItAndWhen() {
        server.store().records().save(List.of(new Organisation("org-short-lived", "Short-lived committee",
                List.of(), "ngo", Optional.empty(), Optional.empty(), Confidentiality.PUBLIC, List.of())), "researcher");
        server.store().records().delete("org-short-lived", "researcher", "entered by mistake");
        var r = get("/records/org-short-lived/history");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Short-lived committee").containsPattern("deleted on \\d{1,2} [A-Z][a-z]+ \\d{4}")
                .contains("by researcher");
        var gone = get("/records/org-short-lived");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("This record was deleted on").contains("by researcher")
                .contains("href=\"/records/org-short-lived/history\"");
    }

    @Test
    void aNewAccountIsOfferedTheViewerRoleFirst() {
        String page = admin.get("/admin/users").body();
        assertThat(page).containsPattern("<option value=\"viewer\" selected=\"selected\">viewer</option>");
    }

    @Test
    void theOverviewsCountsLeadToTheirLists() {
        String page = get("/").body();
        assertThat(page).contains("<dt><a href=\"/events\">Events</a></dt>")
                .contains("<dt><a href=\"/search?type=act\">Acts</a></dt>");
    }

    @Test
    void theReportFormProposesTheLatestYearWithEvents() {
        assertThat(get("/report").body()).containsPattern("id=\"year\" name=\"year\" type=\"number\" value=\"2012\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/records/no-such-record", "/events/per-kozlov"})
    void anErrorPageHasATitleAViewportAndTheMenu(String path) {
        var r = session.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Accept", "text/html,application/xhtml+xml").build());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<title>Not found · Vigil</title>").contains("name=\"viewport\"")
                .contains("<nav aria-label=\"Main\">").contains("href=\"/events\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events?page=99999999", "/persons?page=2147483647", "/organisations?page=-5",
            "/sources?page=2147483647", "/search?q=Kozlov&page=2147483647"})
    void aPageNumberOutOfRangeShowsTheNearestPageThatExists(String path) {
        var r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).doesNotContain("Something went wrong");
    }
}
