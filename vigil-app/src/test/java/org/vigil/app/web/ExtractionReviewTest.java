package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Person;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A report becomes records only through review: accepted facts are stored citing their words, rejected ones leave nothing. */
class ExtractionReviewTest {

    // An invented entry in the style of an annual report (our own words; no real person).
    private static final String REPORT = """
            Freedom of expression

            On 12 March, police in Kostanay arrested human rights defender Marat Zhumabayev and charged him with
            "spreading false information". He was sentenced to three years in prison in June. At least 20 people
            were detained during the protests that followed.
            """;

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

    private static String startReview(WebSession s) {
        s.get("/review/extract");
        var r = s.post("/review/extract", Map.of("text", REPORT, "title", "Kostanay briefing", "year", "2019",
                "confidentiality", "internal"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static List<String> factIds(String page) {
        Matcher m = Pattern.compile("name=\"decision\\.([^\"]+)\"").matcher(page);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    @Test
    void acceptedFactsBecomeRecordsCitingTheirWords() {
        WebSession researcher = server.as("researcher");
        String review = startReview(researcher);
        String page = researcher.get(review).body();
        assertThat(page).contains("<mark").contains("Marat Zhumabayev");
        List<String> ids = factIds(page);
        assertThat(ids).isNotEmpty();
        String person = ids.stream().filter(id -> id.startsWith("person")).findFirst().orElseThrow();
        Map<String, String> form = new LinkedHashMap<>();
        for (String id : ids) {
            form.put("decision." + id, id.equals(person) ? "accept" : "reject");
        }
        var stored = researcher.post(review, form);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
        String sourceId = stored.headers().firstValue("Location").orElseThrow().replaceFirst(".*/records/", "");

        Source source = (Source) server.store().records().find(sourceId).orElseThrow();
        assertThat(source.title()).isEqualTo("Kostanay briefing");
        assertThat(source.text()).hasValueSatisfying(t -> assertThat(t).contains("Marat Zhumabayev"));
        List<Record> citing = server.store().records().referring(sourceId);
        assertThat(citing).hasSize(1).first().isInstanceOf(Person.class);
        Person p = (Person) citing.get(0);
        assertThat(p.label()).isEqualTo("Marat Zhumabayev");
        assertThat(p.citations()).allSatisfy(c -> assertThat(c.span().orElseThrow().of(source.text().get()))
                .isNotBlank());
        assertThat(server.store().records().counts().get(RecordType.PROCEEDING))
                .as("the rejected sentence and charge left nothing").isEqualTo(
                        server.store().records().list(RecordType.PROCEEDING).stream()
                                .filter(r -> r.citations().stream().noneMatch(c -> c.sourceId().equals(sourceId))).count());
        assertThat(researcher.get(review).statusCode()).as("the pending review is gone").isEqualTo(404);
    }

    @Test
    void rejectingEverythingStoresNothing() {
        var before = server.store().records().counts();
        WebSession researcher = server.as("researcher");
        String review = startReview(researcher);
        Map<String, String> form = new LinkedHashMap<>();
        factIds(researcher.get(review).body()).forEach(id -> form.put("decision." + id, "reject"));
        var r = researcher.post(review, form);
        assertThat(r.body()).contains("nothing was stored");
        assertThat(server.store().records().counts()).isEqualTo(before);
    }

    @Test
    void aReviewBelongsToWhoeverStartedIt() {
        String review = startReview(server.as("researcher"));
        assertThat(server.as("researcher2").get(review).statusCode()).isEqualTo(404);
        assertThat(server.as("viewer").get("/review/extract").statusCode()).isEqualTo(403);
    }
}
