package org.vigil.app.web.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.hash.Sha256;
import org.vigil.app.web.TestServer;
import org.vigil.app.web.WebSession;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;
import org.vigil.store.ledger.LedgerLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country entry page: the demo data set's entry in each format, what each audience may read, and forms
 * that are forged or filled in wrongly.
 */
class ReportPagesTest {

    /** Stands in a restricted record's title and description; no public entry may hold it. */
    private static final String CANARY = "CANARY-7f3a";
    private static final HttpClient BYTES = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        // In the demo entry's country and year, so only its confidentiality keeps it out of the public version.
        Event secret = new Event("evt-canary", "Raid " + CANARY + " in Almaty", Optional.of("Witnesses of " + CANARY
                + " were beaten."), List.of(Place.of("Almaty", "KZ")), Optional.of(PartialDate.ofMonth(2012, 5)),
                Optional.empty(), List.of("torture"), List.of(), "open", Confidentiality.RESTRICTED, List.of());
        server.store().records().save(List.of(secret), "test");
        server.accounts().assign("evt-canary", "researcher", "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theFormSuggestsTheCountryAndYearTheRecordsMostlyConcern() {
        String page = server.as("researcher").get("/report").body();
        assertThat(page).contains("name=\"country\" value=\"KZ\"").contains("name=\"year\" type=\"number\" value=\"2012\"")
                .contains("value=\"internal\"").contains("must not be distributed").contains("href=\"/report\"");
        assertThat(server.as("viewer").get("/report").body()).as("the viewer is not offered the internal version")
                .doesNotContain("value=\"internal\"");
    }

    @Test
    void aResearcherSeesThePublicEntryInTheBrowserStyledByTheLinkedStylesheet() {
        var r = download("researcher", form("KZ", "2012", "public", "html"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        String html = text(r);
        assertThat(html).contains("<h1>Kazakhstan</h1>").contains("Vladimir Kozlov")
                .contains("<link rel=\"stylesheet\" href=\"/report/report.css\"/>").doesNotContain("<style>");
        var css = server.as("researcher").get("/report/report.css");
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains("{");
    }

    @Test
    void markdownAndPdfAreDownloadsNamedByCountryYearAndAudience() {
        var md = download("researcher", form("kz", "2012", "public", "md"));
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("text/markdown;charset=UTF-8");
        assertThat(md.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"kz-2012-public.md\"");
        assertThat(md.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(text(md)).startsWith("# Kazakhstan");

        var pdf = download("researcher", form("KZ", "2012", "public", "pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"kz-2012-public.pdf\"");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(pdfText(pdf.body())).contains("Kazakhstan");
    }

    @Test
    void aRestrictedRecordNeverReachesThePublicEntryInAnyFormat() {
        assertThat(text(download("researcher", form("KZ", "2012", "internal", "html")))).as("the canary is in scope: "
                + "the researcher it is assigned to reads it in the internal version").contains(CANARY);
        assertThat(text(download("researcher", form("KZ", "2012", "public", "html")))).as("html").doesNotContain(CANARY);
        assertThat(text(download("researcher", form("KZ", "2012", "public", "md")))).as("md").doesNotContain(CANARY);
        assertThat(pdfText(download("researcher", form("KZ", "2012", "public", "pdf")).body())).as("pdf")
                .contains("Kazakhstan").doesNotContain(CANARY);
    }

    @Test
    void aViewerAskingForTheInternalVersionIsRefused() {
        var r = download("viewer", form("KZ", "2012", "internal", "md"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(text(r)).doesNotContain("Kazakhstan").doesNotContain(CANARY);
    }

    @Test
    void everyReportHandedOutIsNotedInTheLedgerWithTheHashOfItsBytes() {
        var r = download("researcher", form("KZ", "2012", "public", "md"));

        var last = new LedgerLog(server.store()).before(Long.MAX_VALUE, 1).get(0);
        assertThat(last.action()).isEqualTo("disclose");
        assertThat(last.actor()).contains("researcher");
        assertThat(last.detail()).contains("what=report country=KZ year=2012 audience=public language=en format=md",
                "sha256=" + Sha256.hex(r.body()));
        assertThat(server.store().verifier().verify().ok()).isTrue();
    }

    @Test
    void anEstimationTheResearcherRanIsStatedWithItsIntervalAndMethod() throws Exception {
        // Two lists: A names victims 1-30, B names 21-50 (Chapman 1951: 31 * 31 / 11 - 1 = 86.4).
        List<Record> lists = new ArrayList<>();
        for (String id : List.of("src-list-a", "src-list-b")) {
            lists.add(new Source(id, "victim_list", "Victim list " + id, Optional.empty(),
                    Optional.empty(), Optional.empty(), Reliability.HIGH, Optional.empty(),
                    Optional.empty(), Confidentiality.INTERNAL, List.of()));
        }
        for (int i = 1; i <= 50; i++) {
            List<Citation> cites = new ArrayList<>();
            if (i <= 30) {
                cites.add(Citation.of("src-list-a"));
            }
            if (i > 20) {
                cites.add(Citation.of("src-list-b"));
            }
            lists.add(Person.builder("per-listed-" + i).kind(PersonKind.INDIVIDUAL)
                    .names(PersonName.of("Listed Victim " + i)).deceased(true)
                    .confidentiality(Confidentiality.INTERNAL).citations(cites).build());
        }
        server.store().records().save(lists, "test");
        WebSession researcher = server.as("researcher");
        researcher.get("/estimate");
        var started = researcher.post("/estimate?sources=src-list-a&sources=src-list-b",
                Map.of("method", "lincoln-petersen", "seed", "1"));
        String job = started.headers().firstValue("Location").orElseThrow();
        String jobId = job.substring(job.lastIndexOf('/') + 1);
        for (int i = 0; i < 60 && !researcher.get(job.replaceFirst("^https?://[^/]+", "")).body()
                .contains("Estimated total"); i++) {
            Thread.sleep(250);
        }
        Map<String, String> asked = new LinkedHashMap<>(form("KZ", "2012", "public", "md"));
        asked.put("estimate", jobId);
        asked.put("estimateOf", "people killed");
        asked.put("estimateCategory", "excessive_force");

        String md = text(download("researcher", asked));

        assertThat(md).contains("Estimated number of people killed: 86 (95% interval")
                .contains("method: lincoln-petersen); 50 of them are documented on at least one list.");
        Map<String, String> someoneElses = new LinkedHashMap<>(asked);
        someoneElses.put("estimate", "not-a-run");
        assertThat(download("researcher", someoneElses).statusCode()).isEqualTo(400);
    }

    @Test
    void scriptsGetTheEntryFromTheApiWithATokenAndTheSameRules() throws Exception {
        String researcher = server.accounts().createToken("researcher", "report script", "test");
        String viewer = server.accounts().createToken("viewer", "report script", "test");

        var md = api(researcher, "/api/v1/reports?country=KZ&year=2012&format=md");
        var internal = api(researcher, "/api/v1/reports?country=KZ&year=2012&format=md&audience=internal");
        var pdf = api(viewer, "/api/v1/reports?country=KZ&year=2012&format=pdf");

        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        assertThat(md.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(text(md)).startsWith("# Kazakhstan").doesNotContain(CANARY);
        assertThat(text(internal)).contains(CANARY);
        assertThat(pdfText(pdf.body())).contains("Vladimir Kozlov").doesNotContain(CANARY);
        assertThat(api(viewer, "/api/v1/reports?country=KZ&year=2012&audience=internal").statusCode()).isEqualTo(403);
        var bad = api(researcher, "/api/v1/reports?country=KZ&year=twenty");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad)).contains("year 'twenty' is not a year");
        assertThat(api("vgl_not-a-token", "/api/v1/reports?country=KZ&year=2012").statusCode()).isEqualTo(401);
    }

    @Test
    void theApiDocumentDescribesTheReportsEndpoint() throws Exception {
        var doc = VigilJson.MAPPER.readTree(text(api("none", "/api/v1/openapi.json")));
        var get = doc.path("paths").path("/api/v1/reports").path("get");

        assertThat(get.path("parameters").findValuesAsString("name"))
                .containsExactly("country", "year", "audience", "language", "format");
        assertThat(get.path("responses").path("200").path("content").propertyNames())
                .containsExactly("text/markdown", "text/html", "application/pdf");
    }

    private static HttpResponse<byte[]> api(String token, String path) throws Exception {
        return BYTES.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aViewerMayHaveThePublicVersion() {
        var r = download("viewer", form("KZ", "2012", "public", "html"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r)).contains("<h1>Kazakhstan</h1>").doesNotContain(CANARY);
    }

    @Test
    void aResearchersInternalEntryCitesItsSources() {
        String html = text(download("researcher", form("KZ", "2012", "internal", "html")));
        assertThat(html).contains("<h2 id=\"sources-h\">Sources</h2>").contains("class=\"endnotes\"");
        assertThat(download("researcher", form("KZ", "2012", "internal", "md")).headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kz-2012-internal.md\"");
    }

    @Test
    void theEntryIsWrittenInRussianWhenAsked() {
        String html = text(download("researcher", form("KZ", "2012", "public", "html", "ru")));
        assertThat(html).contains("lang=\"ru\"").contains("<h1>Казахстан</h1>");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        WebSession researcher = server.as("researcher");
        researcher.get("/report");
        assertThat(researcher.postRaw("/report", form("KZ", "2012", "public", "md")).statusCode()).isEqualTo(403);
        Map<String, String> forged = new LinkedHashMap<>(form("KZ", "2012", "public", "md"));
        forged.put("_csrf", "forged-token");
        assertThat(researcher.postRaw("/report", forged).statusCode()).isEqualTo(403);
    }

    @Test
    void aBadCountryShowsTheFormAgainWithStatus400AndWhatToGive() {
        WebSession researcher = server.as("researcher");
        researcher.get("/report");
        var r = researcher.post("/report", form("K1", "2012", "public", "pdf"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(r.body()).contains("&#39;K1&#39; is not a country code: use ISO 3166 alpha-2, e.g. KZ")
                .contains("action=\"/report\"").contains("name=\"country\" value=\"K1\"")
                .contains("id=\"error-country\"");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "year, abc, is not a year: give the year under review as a number",
            "year, 99999, year 99999 is out of range: give the year under review",
            "language, fr, language &#39;fr&#39; has no report phrases: use en (English) or ru",
            "format, docx, &#39;docx&#39; is not a report format: use md, html or pdf",
            "audience, everyone, &#39;everyone&#39; is not an audience: use public or internal"})
    void otherBadValuesShowTheFormAgainNamingTheField(String field, String value, String message) {
        Map<String, String> filled = new LinkedHashMap<>(form("KZ", "2012", "public", "html"));
        filled.put(field, value);
        WebSession researcher = server.as("researcher");
        researcher.get("/report");
        var r = researcher.post("/report", filled);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains(message).contains("id=\"error-" + field + "\"").doesNotContain("<h1>Kazakhstan");
    }

    private static Map<String, String> form(String country, String year, String audience, String format) {
        return form(country, year, audience, format, "en");
    }

    private static Map<String, String> form(String country, String year, String audience, String format,
                                            String language) {
        return Map.of("country", country, "year", year, "audience", audience, "format", format, "language", language);
    }

    /**
     * Posts the form signed in as a user and keeps the body as bytes (a PDF is binary, and {@link WebSession}
     * reads text): the session is {@link WebSession}'s, carried over by its cookie.
     */
    private static HttpResponse<byte[]> download(String user, Map<String, String> form) {
        WebSession session = new WebSession(server.url());
        String cookie = session.login(user, TestServer.PASSWORD).headers().firstValue("Set-Cookie").orElseThrow()
                .split(";")[0];
        Matcher token = CSRF.matcher(session.get("/report").body());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", token.group(1));
        String body = withToken.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(session.base() + "/report"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return BYTES.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF: " + e.getMessage(), e);
        }
    }
}
