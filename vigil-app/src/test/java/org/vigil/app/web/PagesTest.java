package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Organisation;

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

    @BeforeAll
    static void serveDemo() {
        server = TestServer.start(dir);
        server.store().records().save(List.of(new Organisation("org-xss", "<script>alert('x')</script> Police",
                List.of(), "police", Optional.empty(), Optional.empty(), Confidentiality.PUBLIC, List.of())), "test");
        session = server.as("viewer");
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
        var russian = session.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "events"))
                .header("Accept-Language", "ru").build());
        assertThat(russian.body()).contains(">События<").contains(">Поиск<");
        assertThat(get("/events").body()).contains(">Events<");
    }

    @Test
    void anUnknownRecordIs404() throws Exception {
        assertThat(get("/persons/nobody").statusCode()).isEqualTo(404);
        assertThat(get("/events/per-kozlov").statusCode()).isEqualTo(404);
    }
}
