package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;

import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> ids = new ArrayList<>();
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
        String sourceId = stored.headers().firstValue("Location").orElseThrow().replaceFirst(".*/stored/", "");

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

    // A second invented entry: a named person arrested, charged, tortured and sentenced on stated dates, and a
    // dated protest with a figure of people killed.
    static final String LENA = """
            Lena Okafor, a journalist, was arrested on 3 March 2023 in Riverton. On 10 March 2023 she was charged \
            under Article 341 of the Criminal Code with "spreading false information". On 12 March 2023 police \
            officers tortured her with electric shocks to force a confession. On 20 June 2023 the Riverton City Court \
            sentenced Lena Okafor to six years in prison.
            On 5 May 2023 security forces opened fire on a peaceful protest in Riverton; at least 15 people were killed.
            """;
    private static final Pattern FACT_ID = Pattern.compile(
            "\\b(person|group|org|place|count|sentence|charge|category|torture|fair|event)-\\d+\\b");

    /** The page's words as a person reads them: no tags, no attribute values. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    @Test
    void acceptingAllWithOneCorrectedNameStoresEveryFactAsADatedRecordCitingItsWords() {
        WebSession researcher = server.as("researcher");
        researcher.get("/review/extract");
        var read = researcher.post("/review/extract", Map.of("text", LENA, "title", "Riverton briefing",
                "confidentiality", "internal"));
        String review = read.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        String page = researcher.get(review).body();
        String seen = visibleText(page);
        assertThat(seen).contains("Person Lena Okafor", "Figure at least 15 people killed", "Torture method",
                "Electric shocks", "Date 3 March 2023", "Accept all", "Reject all");
        assertThat(seen).as("no raw JSON and no fact ids on the review screen").doesNotContain("{\"", "\":")
                .doesNotContainPattern(FACT_ID);
        assertThat(page).contains("<mark>electric shocks</mark>");
        Matcher name = Pattern.compile("name=\"edit\\.([^\"]+)\" value=\"Lena Okafor\"").matcher(page);
        assertThat(name.find()).as("a correction field holding the name").isTrue();

        var stored = researcher.post(review, Map.of("undecided", "accept", "edit." + name.group(1), "Lena Okafor-Mbeki"));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
        String summaryPath = stored.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String sourceId = summaryPath.replaceFirst(".*/stored/", "");

        String summary = visibleText(researcher.get(summaryPath).body());
        assertThat(summary).contains("Stored: 1 source, 2 events, 2 persons, 1 organisation, 3 acts, "
                        + "1 legal proceeding with 3 steps",
                "Riverton briefing", "Security forces opened fire on a peaceful protest in Riverton",
                "Arrest, torture and prosecution of Lena Okafor-Mbeki", "Legal proceeding of Lena Okafor-Mbeki",
                "Arrested in Riverton, 3 March 2023",
                "Charged with “spreading false information” (Article 341 of the Criminal Code), 10 March 2023",
                "Sentenced: 6 years, 20 June 2023", "Torture or ill-treatment — Lena Okafor-Mbeki",
                "12 March 2023; methods: electric shocks").doesNotContainPattern(FACT_ID);

        Source source = (Source) server.store().records().find(sourceId).orElseThrow();
        String text = source.text().orElseThrow();
        List<Record> citing = server.store().records().referring(sourceId);
        Person lena = citing.stream().filter(r -> r instanceof Person p && p.label().equals("Lena Okafor-Mbeki"))
                .map(Person.class::cast).findFirst().orElseThrow();
        assertThat(citing).extracting(Record::label).doesNotContain("Lena Okafor");
        Map<String, String> steps = new LinkedHashMap<>();
        citing.stream().filter(r -> r instanceof Proceeding p && p.personId().equals(lena.id())).map(Proceeding.class::cast)
                .forEach(p -> steps.put(p.step().kindCode(), p.date().map(d -> d.isoText()).orElse("undated")));
        assertThat(steps).containsExactlyInAnyOrderEntriesOf(Map.of("arrest", "2023-03-03", "charge", "2023-03-10",
                "sentence", "2023-06-20"));
        Act torture = citing.stream().filter(r -> r instanceof Act a && a.actType().equals("torture"))
                .map(Act.class::cast).findFirst().orElseThrow();
        assertThat(torture.victimId()).isEqualTo(lena.id());
        assertThat(torture.start()).contains(PartialDate.ofDay(2023, 3, 12));
        assertThat(torture.torture().orElseThrow().methods()).containsExactly("electric_shock");
        Event protest = citing.stream().filter(r -> r instanceof Event e && e.title().contains("protest"))
                .map(Event.class::cast).findFirst().orElseThrow();
        assertThat(protest.start()).contains(PartialDate.ofDay(2023, 5, 5));
        assertThat(protest.tallies()).extracting(t -> t.count().toString() + " " + t.what())
                .containsExactly("at least 15 people killed");
        for (Record r : citing) {
            assertThat(r.citations()).as("citations of %s", r.label()).isNotEmpty().allSatisfy(c -> {
                assertThat(c.sourceId()).isEqualTo(sourceId);
                String words = c.span().orElseThrow().of(text);
                assertThat(words).isNotBlank();
                assertThat(c.note()).contains("“" + words + "”");
            });
        }

        String timeline = visibleText(researcher.get("/persons/" + lena.id()).body());
        assertThat(timeline).contains("3 March 2023 Arrested", "10 March 2023 Charged with “spreading false information”",
                "12 March 2023 Torture or ill-treatment");
    }

    @Test
    void aCorrectionWithoutAnExplicitDecisionAcceptsTheFactAndLeavesTheRestOut() {
        WebSession researcher = server.as("researcher");
        researcher.get("/review/extract");
        var read = researcher.post("/review/extract", Map.of("text", LENA, "title", "Only Lena",
                "confidentiality", "internal"));
        String review = read.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        Matcher name = Pattern.compile("name=\"edit\\.([^\"]+)\" value=\"Lena Okafor\"")
                .matcher(researcher.get(review).body());
        assertThat(name.find()).isTrue();

        var stored = researcher.post(review, Map.of("edit." + name.group(1), "Lena O. Mbeki"));
        String sourceId = stored.headers().firstValue("Location").orElseThrow().replaceFirst(".*/stored/", "");

        assertThat(server.store().records().referring(sourceId)).extracting(Record::label)
                .containsExactly("Lena O. Mbeki");
    }
}
