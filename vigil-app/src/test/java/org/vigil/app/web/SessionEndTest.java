package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.RecordType;
import org.vigil.store.users.Role;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that is already open loses what its account lost, at the next request (security review round two,
 * finding 1: a demoted and disabled administrator went on administering in the open session).
 */
class SessionEndTest {

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

    private static boolean sentToSignIn(HttpResponse<String> r) {
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    @Test
    void anAdministratorDemotedToViewerIsSignedOutOfTheOpenSession() {
        WebSession admin = server.as("admin");
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);

        server.accounts().changeRole("admin", Role.VIEWER, "test");

        assertThat(sentToSignIn(admin.get("/admin/users"))).as("the admin pages").isTrue();
        assertThat(sentToSignIn(admin.get("/"))).as("any page: the session has ended").isTrue();
        server.accounts().changeRole("admin", Role.ADMIN, "test");
    }

    @Test
    void aDisabledResearcherCanNoLongerCreateRecordsInTheOpenSession() {
        WebSession researcher = server.as("researcher2");
        assertThat(researcher.get("/records/new?type=event").statusCode()).isEqualTo(200);

        server.accounts().setDisabled("researcher2", true, "test");

        HttpResponse<String> save = researcher.post("/records/new?type=event",
                Map.of("title", "Written after the account was disabled", "monitoringStatus", "open"));
        assertThat(save.statusCode()).as("the save is refused").isNotIn(200, 201);
        assertThat(save.headers().firstValue("Location").orElse("")).doesNotContain("/events/");
        assertThat(sentToSignIn(researcher.get("/records/new?type=event"))).isTrue();
        assertThat(server.store().records().list(RecordType.EVENT).stream()
                .noneMatch(r -> r.label().contains("Written after the account was disabled"))).isTrue();
    }

    @Test
    void aSessionWhoseAccountIsUnchangedGoesOn() {
        WebSession viewer = server.as("viewer2");
        server.accounts().changeRole("researcher", Role.REVIEWER, "test");
        assertThat(viewer.get("/").statusCode()).isEqualTo(200);
        server.accounts().changeRole("researcher", Role.RESEARCHER, "test");
    }
}
