package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text longer than its field's limit is refused through the API and the forms with an error naming the
 * field and the limit, and nothing is stored (security round two: a 20 MB name was accepted).
 */
class TextSizeLimitTest {

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

    @Test
    void theApiRefusesANameOverAThousandCharacters() throws Exception {
        String token = server.accounts().createToken("researcher", "test", "test");
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/persons"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"per-huge\",\"names\":[{\"value\":\""
                        + "x".repeat(1_001) + "\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("names[0].value is longer than 1,000 characters");
        assertThat(server.store().records().find("per-huge")).isEmpty();
    }

    @Test
    void theFormRefusesATitleOverAThousandCharacters() {
        WebSession researcher = server.as("researcher");
        researcher.get("/records/new?type=event");
        var r = researcher.post("/records/new?type=event", Map.of("id", "evt-huge", "title", "y".repeat(1_001)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("‘Title’ is longer than 1,000 characters");
        assertThat(server.store().records().find("evt-huge")).isEmpty();
    }
}
