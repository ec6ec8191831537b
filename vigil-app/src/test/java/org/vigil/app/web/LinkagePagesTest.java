package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.web.link.LinkageWording;
import org.vigil.app.web.link.PersonLinkage;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;
import org.vigil.link.state.LinkageState;
import org.vigil.link.state.LinkageStateJson;
import org.vigil.store.records.StoredDocuments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Person linkage in the application: a run, a reviewer's decision that later runs keep, and pages that show both. */
class LinkagePagesTest {

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        List<Record> records = new ArrayList<>();
        for (String s : List.of("src-ngo", "src-news", "src-court")) {
            records.add(new Source(s, "victim_list", "List " + s, Optional.empty(), Optional.empty(), Optional.empty(),
                    Reliability.HIGH, Optional.empty(), Optional.empty(), Confidentiality.INTERNAL, List.of()));
        }
        records.add(person("per-a", "Тулетаева Роза", "1975-03-02", "src-ngo"));
        records.add(person("per-b", "Roza Tuletayeva", "1975-03-02", "src-news"));
        records.add(person("per-c", "Roza Tuletaeva", "1975", "src-court"));
        records.add(person("per-d", "Marat Sadykov", "1981-11-20", "src-news"));
        records.add(person("per-e", "Gulnara Omarova", "1969-05-14", "src-ngo"));
        server.store().records().save(records, "test");
    }

    private static Person person(String id, String name, String born, String source) {
        return Person.builder(id).kind(PersonKind.INDIVIDUAL).names(PersonName.of(name)).sex("female")
                .birthDate(PartialDate.parse(born)).nationality("KZ").descriptors("detainee")
                .confidentiality(Confidentiality.INTERNAL).citations(Citation.of(source)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRunLinksSpellingsAcrossScriptsAndADecisionIsKept() {
        WebSession researcher = server.as("researcher");
        researcher.get("/link");
        var run = researcher.post("/link/run", Map.of());
        assertThat(run.statusCode()).isEqualTo(302);
        assertThat(run.headers().firstValue("Location").orElseThrow()).endsWith("/link");
        PersonLinkage linkage = new PersonLinkage(server.store());
        var state = linkage.state();
        assertThat(state.clusterOf("per-a")).isPresent();
        assertThat(state.clusterOf("per-b")).isEqualTo(state.clusterOf("per-a"));
        assertThat(state.clusterOf("per-d")).isNotEqualTo(state.clusterOf("per-a"));
        String page = researcher.get("/link").body();
        assertThat(page).as("the run's summary, once").contains("Linkage finished:").contains("person records form");
        assertThat(page).contains("Roza Tuletayeva").contains("Тулетаева Роза")
                .as("members are shown with their sources' titles").contains("— List src-news");
        assertThat(page).as("a cluster is counted, not named by its id").containsPattern("\\d records:")
                .doesNotContain(state.clusterOf("per-a").orElseThrow() + ":");
        assertThat(researcher.get("/link").body()).as("the summary is shown once").doesNotContain("Linkage finished:")
                .contains("Last run:");

        WebSession reviewer = server.as("reviewer");
        reviewer.get("/link");
        var decided = reviewer.post("/review/link", Map.of("recordA", "per-a", "recordB", "per-b", "decision", "different"));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/link").body()).contains("Decision recorded: Тулетаева Роза and Roza Tuletayeva are "
                + "different people").contains("Reviewers' decisions (<span>1</span>)").contains("decided by reviewer");
        var after = linkage.state();
        assertThat(after.clusterOf("per-a")).isNotEqualTo(after.clusterOf("per-b"));
        assertThat(after.decisions()).hasSize(1);
        researcher.get("/link");
        researcher.post("/link/run", Map.of());
        assertThat(linkage.state().clusterOf("per-a")).as("a later run keeps the reviewer's decision")
                .isNotEqualTo(linkage.state().clusterOf("per-b"));
        assertThat(server.store().verifier().verify().ok()).isTrue();
    }

    @Test
    void aDecisionThatIsNeitherSameNorDifferentIsExplainedAndNotRecorded() {
        WebSession reviewer = server.as("reviewer");
        reviewer.get("/link");
        int before = new PersonLinkage(server.store()).state().decisions().size();
        var bad = reviewer.post("/review/link", Map.of("recordA", "per-a", "recordB", "per-d", "decision", "perhaps"));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/link").body()).contains("The decision &#39;perhaps&#39; is neither");
        assertThat(new PersonLinkage(server.store()).state().decisions()).hasSize(before);
    }

    @Test
    void aLinkageThatCannotRunOrBeReadIsExplainedOnThePage() {
        var documents = new StoredDocuments(server.store());
        String state = "linkage/persons/state";
        Optional<String> saved = documents.get(state);
        documents.put(state, "{ this is not a linkage state", "test");
        try {
            WebSession researcher = server.as("researcher");
            var page = researcher.get("/link");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("The saved linkage cannot be read").doesNotContain("Something went wrong");
            var run = researcher.post("/link/run", Map.of());
            assertThat(run.statusCode()).isEqualTo(302);
            assertThat(researcher.get("/link").body()).contains("Linkage could not run: ")
                    .contains("Earlier clusters and decisions are kept").doesNotContain("Something went wrong");
        } finally {
            documents.put(state, saved.orElse(LinkageStateJson.write(
                    LinkageState.empty())), "test");
        }
    }

    @Test
    void theEnginesFieldsLevelsAndValuesAreShownInWords() {
        assertThat(LinkageWording.field("birth_date")).isEqualTo("Birth date");
        assertThat(LinkageWording.level("exact")).isEqualTo("agrees exactly");
        assertThat(LinkageWording.level("jaro-winkler >= 0.92")).isEqualTo("similar spelling");
        assertThat(LinkageWording.level("missing")).startsWith("missing");
        assertThat(LinkageWording.value("nationality", "UZ")).isEqualTo("Uzbekistan");
        assertThat(LinkageWording.value("birth_date", "1975-03")).isEqualTo(PartialDate.parse("1975-03").toEnglish());
        assertThat(LinkageWording.value("sex", "")).isEqualTo("not recorded");
        assertThat(LinkageWording.evidence(3.21)).isEqualTo("+3.2 for the same person");
        assertThat(LinkageWording.evidence(0)).isEqualTo("neutral");
    }

    @Test
    void aViewerMayNotDecide() {
        WebSession viewer = server.as("viewer");
        viewer.get("/link");
        assertThat(viewer.post("/review/link", Map.of("recordA", "per-a", "recordB", "per-b", "decision", "same"))
                .statusCode()).isEqualTo(403);
        assertThat(viewer.post("/link/run", Map.of()).statusCode()).isEqualTo(403);
    }
}
