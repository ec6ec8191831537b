package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Anonymity;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.RecordType;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A viewer never meets a restricted record — not on a page, in the API, in search results, in an
 * export or in a count — while the assigned researcher sees it, and sensitive values reach only roles
 * that document.
 */
class ConfidentialityTest {

    private static final String SECRET = "Zarina Secretova";

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        Person secret = Person.builder("per-restricted").kind(PersonKind.INDIVIDUAL).names(PersonName.of(SECRET))
                .sex("female").descriptors("witness").contact("+7 777 123 4567")
                .confidentiality(Confidentiality.RESTRICTED).build();
        Person internal = Person.builder("per-internal").kind(PersonKind.INDIVIDUAL).sex("male").descriptors("witness")
                .anonymity(new Anonymity("Witness K", Optional.of("Kairat Hiddenov")))
                .confidentiality(Confidentiality.INTERNAL).build();
        Event restrictedEvent = new Event("evt-restricted", "Secret raid on " + SECRET, Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of("torture"), List.of(), "open", Confidentiality.RESTRICTED,
                List.of());
        server.store().records().save(List.of(secret, internal, restrictedEvent), "test");
        server.accounts().assign("per-restricted", "researcher", "test");
        server.accounts().assign("evt-restricted", "researcher", "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theViewerMeetsTheRestrictedRecordNowhere() {
        WebSession viewer = server.as("viewer");
        for (String query : List.of("Secretova", "Зарина", "secret raid")) {
            var r = viewer.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(r.body()).as(query).doesNotContain("Zarina Secretova").doesNotContain("per-restricted")
                    .doesNotContain("evt-restricted").contains("<span>0</span> records found");
        }
        for (String path : List.of("/", "/dashboard", "/events", "/persons", "/cases", "/export", "/export?format=csv",
                "/records/per-restricted", "/persons/per-restricted", "/records/per-restricted/history",
                "/events/evt-restricted")) {
            var r = viewer.get(path);
            assertThat(r.body()).as(path).doesNotContain("Secretova");
            if (!path.contains("restricted")) {
                // Lists must not even reveal the id (a 404 may echo the address the viewer typed).
                assertThat(r.body()).as(path).doesNotContain("per-restricted");
            }
        }
        String token = server.accounts().createToken("viewer", "t", "test");
        for (String path : List.of("/api/v1/persons", "/api/v1/persons?q=Zarina", "/api/v1/events",
                "/api/v1/persons/per-restricted", "/api/v1/events/evt-restricted")) {
            var r = new WebSession(server.url()).send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                    .header("Authorization", "Bearer " + token).build());
            assertThat(r.body()).as(path).doesNotContain("Secretova");
        }
    }

    @Test
    void countsExcludeWhatTheViewerMayNotSee() {
        int all = server.store().records().counts().get(RecordType.PERSON);
        String viewerHome = server.as("viewer").get("/").body();
        String researcherHome = server.as("researcher").get("/").body();
        // The viewer sees neither the internal nor the restricted person; the assigned researcher sees both.
        assertThat(viewerHome).contains(">" + (all - 2) + "<");
        assertThat(researcherHome).contains(">" + all + "<");
        String token = server.accounts().createToken("viewer", "t", "test");
        var r = new WebSession(server.url()).send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/persons?size=200"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(r.body()).contains("\"total\":" + (all - 2));
    }

    @Test
    void theAssignedResearcherSeesItButNotAnotherResearcher() {
        assertThat(server.as("researcher").get("/records/per-restricted").body()).contains(SECRET).contains("+7 777 123 4567");
        assertThat(server.as("researcher2").get("/records/per-restricted").statusCode()).isEqualTo(404);
        assertThat(server.as("admin").get("/records/per-restricted").statusCode())
                .as("an administrator must be assigned like anyone else").isEqualTo(404);
    }

    @Test
    void sensitiveValuesReachOnlyRolesThatDocument() {
        assertThat(server.as("researcher").get("/records/per-internal").body()).contains("Kairat Hiddenov");
        String reviewer = server.as("reviewer").get("/records/per-internal").body();
        assertThat(reviewer).contains("Witness K").doesNotContain("Kairat Hiddenov");
        assertThat(server.as("reviewer").get("/export").body()).doesNotContain("Kairat Hiddenov");
        assertThat(server.as("viewer").get("/records/per-internal").statusCode()).isEqualTo(404);
    }
}
