package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.store.users.UserAccounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP-level security: authentication, roles, CSRF, escaping, injection, id guessing, headers. */
class SecurityTest {

    private static final String XSS = "<script>alert('x1')</script>\"'><img src=x onerror=alert('x2')>";

    @TempDir
    static Path dir;
    private static TestServer server;
    private static String researcherToken;
    private static String viewerToken;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        UserAccounts accounts = server.accounts();
        researcherToken = accounts.createToken("researcher", "test", "test");
        viewerToken = accounts.createToken("viewer", "test", "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> api(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return new WebSession(server.url()).send(b.build());
    }

    @Test
    void theApiWithoutAValidTokenAnswers401() {
        assertThat(api("GET", "/api/v1/events", null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/events", "vgl_not-a-real-token", null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/events/evt-kozlov-case", null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/openapi.json", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theWrongRoleAnswers403() {
        String event = "{\"title\":\"x\",\"monitoringStatus\":\"open\"}";
        assertThat(api("POST", "/api/v1/events", viewerToken, event).statusCode()).isEqualTo(403);
        assertThat(api("DELETE", "/api/v1/events/evt-kozlov-case", viewerToken, null).statusCode()).isEqualTo(403);
        WebSession viewer = server.as("viewer");
        viewer.get("/records/new?type=event");
        assertThat(viewer.post("/records/new?type=event", Map.of("title", "x")).statusCode()).isEqualTo(403);
        WebSession reviewer = server.as("reviewer");
        assertThat(reviewer.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/admin/ledger").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWithoutItsCsrfTokenAnswers403() {
        WebSession researcher = server.as("researcher");
        var r = researcher.postRaw("/records/new?type=event", Map.of("title", "no token", "monitoringStatus", "open"));
        assertThat(r.statusCode()).isEqualTo(403);
        var bad = researcher.postRaw("/records/new?type=event", Map.of("title", "forged", "_csrf", "forged-token"));
        assertThat(bad.statusCode()).isEqualTo(403);
        assertThat(researcher.postRaw("/logout", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void storedScriptsComeBackEscapedInEveryTextField() {
        String x = XSS.replace("\"", "\\\"");
        String[][] bodies = {
                {"organisations", "{\"id\":\"org-x\",\"name\":\"" + x + "\",\"otherNames\":[\"" + x + "\"],\"kind\":\"police\"}"},
                {"sources", "{\"id\":\"src-x\",\"kind\":\"news\",\"title\":\"" + x + "\",\"author\":\"" + x + "\",\"text\":\"" + x + "\",\"url\":\"" + x + "\"}"},
                {"persons", "{\"id\":\"per-x\",\"names\":[{\"value\":\"" + x + "\"}],\"occupation\":\"" + x
                        + "\",\"contact\":\"" + x + "\",\"affiliationIds\":[\"org-x\"],\"citations\":[{\"sourceId\":\"src-x\",\"note\":\"" + x + "\"}]}"},
                {"events", "{\"id\":\"evt-x\",\"title\":\"" + x + "\",\"description\":\"" + x + "\",\"places\":[{\"name\":\"" + x
                        + "\",\"region\":\"" + x + "\"}],\"tallies\":[{\"what\":\"" + x + "\",\"count\":{\"value\":3}}]}"},
                {"acts", "{\"id\":\"act-x\",\"eventId\":\"evt-x\",\"victimId\":\"per-x\",\"actType\":\"torture\",\"description\":\""
                        + x + "\",\"place\":{\"name\":\"" + x + "\"},\"detention\":{\"placeOfDetention\":\"" + x
                        + "\"},\"torture\":{\"methods\":[\"beating\"],\"purpose\":\"" + x + "\"},\"killing\":{\"means\":\"" + x + "\"}}"},
                {"involvements", "{\"id\":\"inv-x\",\"actId\":\"act-x\",\"perpetratorId\":\"org-x\",\"description\":\"" + x + "\"}"},
                {"proceedings", "{\"id\":\"prc-x\",\"personId\":\"per-x\",\"eventId\":\"evt-x\",\"step\":{\"kind\":\"charge\",\"charges\":[{\"text\":\""
                        + x + "\",\"legalArticle\":\"" + x + "\"}]},\"description\":\"" + x + "\"}"},
                {"interventions", "{\"id\":\"int-x\",\"kind\":\"urgent_action\",\"targetIds\":[\"per-x\",\"evt-x\"],\"description\":\""
                        + x + "\",\"response\":\"" + x + "\"}"},
                {"eventLinks", "{\"id\":\"lnk-x\",\"fromEventId\":\"evt-x\",\"toEventId\":\"evt-kozlov-case\",\"kind\":\"caused\",\"description\":\"" + x + "\"}"},
                {"cases", "{\"id\":\"case-x\",\"personId\":\"per-x\",\"status\":\"detained\",\"nextDates\":[{\"date\":\"2031-01\",\"what\":\""
                        + x + "\"}],\"notes\":\"" + x + "\"}"}};
        for (String[] b : bodies) {
            var r = api("POST", "/api/v1/" + b[0], researcherToken, b[1]);
            assertThat(r.statusCode()).as(b[0] + ": " + r.body()).isEqualTo(201);
        }
        WebSession researcher = server.as("researcher");
        for (String page : List.of("/", "/dashboard", "/events", "/events/evt-x", "/persons", "/persons/per-x",
                "/organisations", "/organisations/org-x", "/sources", "/cases", "/records/per-x", "/records/evt-x",
                "/records/act-x", "/records/prc-x", "/records/int-x", "/records/lnk-x", "/records/case-x",
                "/records/src-x", "/records/per-x/history", "/records/evt-x/edit", "/records/prc-x/edit")) {
            var r = researcher.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        assertThat(researcher.get("/persons/per-x").body()).contains("&lt;script&gt;alert(&#39;x1&#39;)&lt;/script&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "'; DROP TABLE record_version; --", "\" OR \"\"=\"", "%' UNION SELECT body FROM record_version --",
            "1; SELECT pg_sleep(5)", "*:*", "id:per-kozlov OR confidentiality:restricted", "\\", "%00", "Kozlov AND ("})
    void injectionInFiltersAndSearchIsHarmless(String attack) {
        String a = URLEncoder.encode(attack, StandardCharsets.UTF_8);
        long before = server.store().verifier().verify().versions();
        WebSession viewer = server.as("viewer");
        for (String path : List.of("/api/v1/events?q=" + a, "/api/v1/events?category=" + a, "/api/v1/events?from=" + a,
                "/api/v1/persons?q=" + a + "&to=" + a, "/api/v1/events?page=" + a)) {
            int status = api("GET", path, viewerToken, null).statusCode();
            assertThat(status).as(path).isIn(200, 400);
        }
        for (String path : List.of("/search?q=" + a, "/events?q=" + a, "/records/" + a, "/persons/" + a)) {
            int status = viewer.get(path).statusCode();
            assertThat(status).as(path).isIn(200, 400, 404);
        }
        assertThat(server.store().verifier().verify().versions()).isEqualTo(before);
        assertThat(server.store().verifier().verify().ok()).isTrue();
    }

    @Test
    void guessingAnotherRecordsIdRevealsNothing() {
        String body = "{\"id\":\"per-secret\",\"names\":[{\"value\":\"Secret Witness Name\"}],\"confidentiality\":\"restricted\","
                + "\"contact\":\"secret phone\"}";
        assertThat(api("POST", "/api/v1/persons", researcherToken, body).statusCode()).isEqualTo(201);
        assertThat(api("GET", "/api/v1/persons/per-secret", researcherToken, null).statusCode()).isEqualTo(200);
        for (String user : List.of("viewer", "researcher2")) {
            WebSession s = server.as(user);
            for (String path : List.of("/records/per-secret", "/persons/per-secret", "/records/per-secret/history",
                    "/records/per-secret/edit")) {
                var r = s.get(path);
                assertThat(r.statusCode()).as(user + " " + path).isIn(403, 404);
                assertThat(r.body()).doesNotContain("Secret Witness Name");
            }
            assertThat(s.get("/persons").body()).doesNotContain("Secret Witness Name");
        }
        assertThat(api("GET", "/api/v1/persons/per-secret", viewerToken, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/persons?q=Secret", viewerToken, null).body()).doesNotContain("Secret Witness");
        assertThat(api("PUT", "/api/v1/persons/per-secret", researcherToken + "x", body).statusCode())
                .isEqualTo(401);
    }

    @Test
    void pagesCarryStrictHeaders() {
        var r = server.as("viewer").get("/events");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.body()).doesNotContain("<script>").doesNotContain(" onclick=").doesNotContain("style=\"");
        var cookie = new WebSession(server.url()).get("/login").headers().firstValue("Set-Cookie").orElse("");
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    }

    @Test
    void anUnauthenticatedPageRequestGoesToTheLoginPage() {
        var r = new WebSession(server.url()).get("/events");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
