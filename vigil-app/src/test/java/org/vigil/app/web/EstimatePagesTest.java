package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Estimation from the store's lists and from uploaded tables, through the page and the API. The tests run in
 * order: the API's sums first, then the page before linkage has run, then after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EstimatePagesTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static String token;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        token = server.accounts().createToken("researcher", "t", "test");
        // List A names persons 1-30, list B names persons 21-50: n1 = 30, n2 = 30, both = 10.
        List<Record> records = new ArrayList<>();
        for (String id : List.of("src-list-a", "src-list-b")) {
            records.add(new Source(id, "victim_list", "Victim list " + id, Optional.empty(), Optional.empty(),
                    Optional.empty(), Reliability.HIGH, Optional.empty(), Optional.empty(), Confidentiality.INTERNAL,
                    List.of()));
        }
        for (int i = 1; i <= 50; i++) {
            List<Citation> cites = new ArrayList<>();
            if (i <= 30) {
                cites.add(Citation.of("src-list-a"));
            }
            if (i > 20) {
                cites.add(Citation.of("src-list-b"));
            }
            records.add(Person.builder("per-v" + i).kind(PersonKind.INDIVIDUAL).names(PersonName.of("Victim " + i))
                    .deceased(true).confidentiality(Confidentiality.INTERNAL).citations(cites).build());
        }
        server.store().records().save(records, "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String post(String path, String body) {
        var r = new WebSession(server.url()).send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    @Order(1)
    void twoSourcesListsGiveChapmansEstimate() {
        var json = VigilJson.MAPPER.readTree(post("/api/v1/estimates?method=lincoln-petersen&sources=src-list-a,src-list-b", ""));
        // Chapman (1951): N = (n1 + 1)(n2 + 1) / (m + 1) - 1 = 31 * 31 / 11 - 1 = 86.3636…
        assertThat(json.get("estimate").get("median").asDouble()).isCloseTo(31.0 * 31 / 11 - 1, within(1e-6));
        assertThat(json.get("observed").asLong()).isEqualTo(50);
    }

    @Test
    @Order(1)
    void anUploadedTableGivesRcapturesKosovoEstimate() throws Exception {
        Path kosovo = Path.of(System.getProperty("vigil.shared.dir", "../../shared"),
                "data/estimation/kosovo1999/kosovo_4lists.csv");
        assumeTrue(Files.isRegularFile(kosovo), kosovo + " is absent: skipping");
        var json = VigilJson.MAPPER.readTree(post("/api/v1/estimates?method=loglinear", Files.readString(kosovo)));
        // Rcapture closedpMS.t on Kosovo 1999, best model by BIC: N-hat 10,356.5 (Ball et al. 2002: 10,356).
        assertThat(json.get("estimate").get("median").asDouble()).isCloseTo(10_356.5, within(0.5));
    }

    @Test
    @Order(3)
    void beforeLinkageHasRunThePageSaysToRunItAndTheEstimateSaysWhatItCounted() throws Exception {
        WebSession researcher = server.as("researcher");
        assertThat(researcher.get("/estimate").body()).contains("Linkage has not run yet").contains("href=\"/link\"");
        var started = researcher.post("/estimate?sources=src-list-a&sources=src-list-b",
                Map.of("method", "chao", "seed", "9"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String job = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String page = "";
        for (int i = 0; i < 60 && !page.contains("Estimated total"); i++) {
            page = researcher.get(job).body();
            Thread.sleep(250);
        }
        assertThat(page).contains("Estimated total").contains("Linkage had not run on this data set when this "
                + "estimate was made").contains("href=\"/link\"");
    }

    @Test
    @Order(4)
    void aListWithNobodyOnItIsNamedByItsTitleWithWhatToDo() {
        WebSession researcher = server.as("researcher");
        researcher.get("/link");
        assertThat(researcher.post("/link/run", Map.of()).statusCode()).isEqualTo(302);
        researcher.get("/estimate");
        // the demo's second Amnesty report names no individual victim
        var r = researcher.post("/estimate?sources=src-list-a&sources=src-ai-100-days",
                Map.of("method", "chao", "seed", "9"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("The list ‘Kazakhstan: Progress and nature of official investigations")
                .contains("has no victims linked to persons").contains("Choose at least two lists that share people")
                .doesNotContain("&#39;src-ai-100-days&#39;")
                .as("the chosen lists, method and seed are kept")
                .containsPattern("value=\"src-list-a\"[^>]*checked").containsPattern("value=\"src-ai-100-days\"[^>]*checked")
                .containsPattern("value=\"chao\"[^>]*selected").contains("value=\"9\"");
        assertThat(r.body()).as("each source says how many people it names").contains("(names 30 people)");
    }

    @Test
    @Order(5)
    void thePageRunsInTheBackgroundAndShowsChartsWhenDone() throws Exception {
        WebSession researcher = server.as("researcher");
        researcher.get("/estimate");
        var started = researcher.post("/estimate?sources=src-list-a&sources=src-list-b",
                Map.of("method", "lincoln-petersen", "seed", "7"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String job = started.headers().firstValue("Location").orElseThrow();
        String page = "";
        for (int i = 0; i < 60 && !page.contains("Estimated total"); i++) {
            page = researcher.get(job.replaceFirst("^https?://[^/]+", "")).body();
            Thread.sleep(500);
        }
        assertThat(page).contains("Estimated total").contains("<svg").contains("Lists and the estimate")
                .as("lists by title").contains("Victim list src-list-a").contains("confidence interval")
                .contains("Standard error");
        assertThat(server.as("researcher2").get(job.replaceFirst("^https?://[^/]+", "")).statusCode())
                .as("another user cannot open this run").isEqualTo(404);
    }

    @Test
    @Order(1)
    void aBadEstimationRequestIsA400NamingTheProblem() {
        var r = new WebSession(server.url()).send(HttpRequest.newBuilder(URI.create(server.url()
                        + "api/v1/estimates?method=guesswork")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("A,B,count\n1,0,3\n0,1,4\n1,1,2\n"))
                .build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"status\":400").contains("guesswork");
    }

    @Test
    @Order(2)
    void fewerThanTwoListsIsExplained() {
        WebSession researcher = server.as("researcher");
        researcher.get("/estimate");
        var r = researcher.post("/estimate?sources=src-list-a", Map.of("method", "chao"));
        assertThat(r.body()).contains("Choose at least two sources as lists")
                .containsPattern("value=\"src-list-a\"[^>]*checked");
    }
}
