package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Record;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher learns nothing about restricted records they are not assigned to from the answers to
 * what they save, and cannot hang new records off them (security round two, finding 7): a reference to
 * such a record gets word for word the answer a reference to no record gets, and nothing is stored.
 */
class HiddenReferenceTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static String token;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        server.store().records().save(List.of(
                (Record) VigilJson.read("{\"type\":\"person\",\"id\":\"per-hidden\",\"kind\":\"individual\","
                        + "\"names\":[{\"value\":\"Hidden Witness\"}],\"confidentiality\":\"restricted\"}")), "test");
        server.accounts().assign("per-hidden", "researcher", "test");
        token = server.accounts().createToken("researcher2", "test", "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String collection, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/" + collection))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String act(String id, String victim) {
        return "{\"id\":\"" + id + "\",\"eventId\":\"evt-oil-strike\",\"victimId\":\"" + victim
                + "\",\"actType\":\"torture\"}";
    }

    @Test
    void anActAgainstAHiddenPersonIsRefusedAsIfThePersonDidNotExist() throws Exception {
        HttpResponse<String> hidden = post("acts", act("act-probe-1", "per-hidden"));
        HttpResponse<String> absent = post("acts", act("act-probe-1", "per-absent"));
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(absent.statusCode()).isEqualTo(400);
        assertThat(hidden.body().replace("per-hidden", "ID")).isEqualTo(absent.body().replace("per-absent", "ID"));
        assertThat(server.store().records().find("act-probe-1")).isEmpty();
    }

    @Test
    void theTypeOfAHiddenRecordDoesNotShowInAnError() throws Exception {
        // An involvement's actId must name an act; before the fix the answer said "'per-hidden' is a person".
        String body = "{\"id\":\"inv-probe\",\"actId\":\"%s\",\"perpetratorId\":\"org-nss\"}";
        HttpResponse<String> hidden = post("involvements", body.formatted("per-hidden"));
        HttpResponse<String> absent = post("involvements", body.formatted("per-absent"));
        assertThat(hidden.body()).doesNotContain("person");
        assertThat(hidden.body().replace("per-hidden", "ID")).isEqualTo(absent.body().replace("per-absent", "ID"));
    }

    @Test
    void theFormRefusesAHiddenVictimWithTheWordsForAnUnknownOne() {
        WebSession researcher = server.as("researcher2");
        researcher.get("/records/new?type=act");
        var hidden = researcher.post("/records/new?type=act", Map.of("id", "act-probe-2", "eventId", "evt-oil-strike",
                "victimId", "per-hidden", "actType", "torture"));
        researcher.get("/records/new?type=act");
        var absent = researcher.post("/records/new?type=act", Map.of("id", "act-probe-2", "eventId", "evt-oil-strike",
                "victimId", "per-absent", "actType", "torture"));
        assertThat(hidden.statusCode()).isEqualTo(absent.statusCode()).isEqualTo(200);
        assertThat(hidden.body()).contains("per-hidden&#39; does not name any record");
        assertThat(absent.body()).contains("per-absent&#39; does not name any record");
        assertThat(server.store().records().find("act-probe-2")).isEmpty();
    }

    @Test
    void theAssignedResearcherMayStillReferToIt() throws Exception {
        String own = server.accounts().createToken("researcher", "test", "test");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/acts"))
                .header("Authorization", "Bearer " + own).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(act("act-assigned", "per-hidden"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
