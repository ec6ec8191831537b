package org.vigil.app.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users look after their own credentials (security round two): they list their API tokens with when each
 * was made, last used and expires, revoke one, and tokens expire; they change their password, given the
 * current one, which ends their other sessions.
 */
class AccountSelfServiceTest {

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int apiStatus(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/events"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String newToken(String body) {
        Matcher m = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(body);
        assertThat(m.find()).as("the page shows the new token once").isTrue();
        return m.group(1);
    }

    @Test
    void aUserListsTheirTokensAndRevokesOne() throws Exception {
        WebSession researcher = server.as("researcher");
        researcher.get("/account");
        String token = newToken(researcher.post("/account/tokens", Map.of("label", "nightly export", "days", "7")).body());
        assertThat(apiStatus(token)).isEqualTo(200);

        Document page = Jsoup.parse(researcher.get("/account").body());
        var row = page.select("table.tokens tbody tr:contains(nightly export)");
        assertThat(row).hasSize(1);
        assertThat(row.select("td").get(3).text()).as("last used").isNotEqualTo("never");
        String id = row.select("input[name=id]").attr("value");
        assertThat(token).doesNotContain(id);

        var revoked = researcher.post("/account/tokens/revoke", Map.of("id", id));
        assertThat(revoked.body()).contains("Token " + id + " is revoked.");
        assertThat(apiStatus(token)).as("a revoked token is refused").isEqualTo(401);
        assertThat(Jsoup.parse(revoked.body()).select("table.tokens tbody tr:contains(nightly export)")).isEmpty();
    }

    @Test
    void aTokenPastItsExpiryIsRefused() throws Exception {
        String token = server.accounts().createToken("researcher", "short-lived", Duration.ofSeconds(1), "test");
        assertThat(apiStatus(token)).isEqualTo(200);
        Thread.sleep(2100);
        assertThat(apiStatus(token)).isEqualTo(401);
    }

    @Test
    void aLifetimeBeyondTheMaximumIsRefusedNamingTheLimit() {
        WebSession researcher = server.as("researcher");
        researcher.get("/account");
        var r = researcher.post("/account/tokens", Map.of("label", "forever", "days", "100000"));
        assertThat(r.body()).contains("a token may live 1 to 365 days, not 100000").doesNotContain("class=\"token\"");
        assertThat(server.accounts().tokens("researcher")).noneMatch(t -> t.label().equals("forever"));
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        WebSession elsewhere = server.as("viewer2");
        WebSession here = server.as("viewer2");
        here.get("/account");
        var wrong = here.post("/account/password", Map.of("current", "not my password", "password", "river otter lantern"));
        assertThat(wrong.body()).contains("the current password is not right: nothing was changed");
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

        here.get("/account");
        var changed = here.post("/account/password", Map.of("current", TestServer.PASSWORD, "password", "river otter lantern"));
        assertThat(changed.body()).contains("Your password is changed.");
        assertThat(here.get("/account").statusCode()).as("this session continues").isEqualTo(200);
        var other = elsewhere.get("/account");
        assertThat(other.statusCode()).as("the other session has ended").isEqualTo(302);
        assertThat(other.headers().firstValue("Location").orElse("")).contains("/login");

        var old = new WebSession(server.url()).login("viewer2", TestServer.PASSWORD);
        assertThat(old.headers().firstValue("Location").orElse("")).contains("error");
        var fresh = new WebSession(server.url()).login("viewer2", "river otter lantern");
        assertThat(fresh.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }
}
