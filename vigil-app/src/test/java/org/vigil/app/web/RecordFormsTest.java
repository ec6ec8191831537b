package org.vigil.app.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Record;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating, editing and deleting records through the forms, over real HTTP against the demo data. */
class RecordFormsTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static WebSession researcher;

    @BeforeAll
    static void serveDemo() {
        server = TestServer.start(dir);
        researcher = server.as("researcher");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Document page(WebSession s, String path) {
        HttpResponse<String> r = s.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private static String savedId(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/records/saved/");
        return location.replaceFirst(".*/records/saved/", "").replaceFirst("\\?.*", "");
    }

    @Test
    void newRecordWithoutATypeListsEveryKindWithWhatItIsFor() {
        Document d = page(researcher, "/records/new");
        assertThat(d.select("ul.kinds a").eachText()).containsExactly("Source", "Event", "Person", "Organisation",
                "Act", "Involvement (who did it)", "Legal proceeding", "Intervention", "Event link", "Monitored case");
        assertThat(d.select("ul.kinds a").eachAttr("href")).contains("/records/new?type=source",
                "/records/new?type=involvement", "/records/new?type=case");
        assertThat(d.select("ul.kinds .purpose").text()).contains("carried out an act");
    }

    @Test
    void anUnknownTypeAnswers400NamingItAndTheValidOnes() {
        HttpResponse<String> r = researcher.get("/records/new?type=victim");
        assertThat(r.statusCode()).isEqualTo(400);
        String text = Jsoup.parse(r.body()).select("main").text();
        assertThat(text).contains("‘victim’ is not a kind of record").contains("source, event, person, organisation");
        assertThat(Jsoup.parse(r.body()).select("ul.kinds a").eachText()).contains("Legal proceeding");
    }

    @Test
    void aLinkFillsInTheReferencesAndShowsWhatTheyNameInWords() {
        Document act = page(researcher, "/records/new?type=act&eventId=evt-kozlov-case&victimId=per-kozlov");
        assertThat(act.select("input[name=eventId]").val()).startsWith("Arrest, trial and imprisonment of Vladimir Kozlov");
        assertThat(act.select("input[name=victimId]").val()).isEqualTo("Vladimir Kozlov");
        Document event = page(researcher, "/records/new?type=event&sourceId=src-ai-2013");
        assertThat(event.select("input[name='citations[0].sourceId']").val()).doesNotContain("src-").isNotEmpty();
        Document involvement = page(researcher, "/records/new?type=involvement&actId=act-defendants-torture");
        assertThat(involvement.select("input[name=actId]").val()).doesNotContain("act-").contains(" of ");
    }

    @Test
    void thePerpetratorPickerOffersOrganisationsAndPersonsByNameButNothingTheCallerMayNotSee() {
        server.store().records().save(List.<Record>of(Person.builder("per-hidden-witness")
                .kind(PersonKind.INDIVIDUAL).names(PersonName.of("Hidden Witness Name"))
                .confidentiality(Confidentiality.RESTRICTED).build()), "test");
        Document d = page(researcher, "/records/new?type=involvement");
        String list = d.select("input[name=perpetratorId]").attr("list");
        var options = d.select("datalist#" + list + " option");
        assertThat(options.eachAttr("value")).contains("Vladimir Kozlov (person)").noneMatch(v -> v.matches("(org|per)-.*"));
        assertThat(options.eachAttr("value")).anyMatch(t -> t.endsWith("(organisation)"))
                .anyMatch(t -> t.endsWith("(person)")).noneMatch(t -> t.contains("Hidden Witness"));
        assertThat(d.select("datalist#" + d.select("input[name=actId]").attr("list") + " option").eachAttr("value"))
                .allMatch(t -> !t.startsWith("act-"));
    }

    @Test
    void aProceedingAsksForTheKindOfStepFirstAndShowsOnlyThatStepsFields() {
        Document chooser = page(researcher, "/records/new?type=proceeding&personId=per-kozlov");
        assertThat(chooser.select("h1").text()).isEqualTo("New legal proceeding against Vladimir Kozlov");
        assertThat(chooser.select("ul.kinds a").eachText()).containsExactly("Arrest", "Charge", "Detention", "Trial",
                "Verdict", "Sentence", "Appeal", "Release", "Extradition request");
        String sentence = chooser.select("ul.kinds a:contains(Sentence)").attr("href");
        assertThat(sentence).contains("personId=per-kozlov").contains("step=sentence");

        Document form = page(researcher, sentence);
        assertThat(form.select("legend").eachText()).contains("Details of the sentence").doesNotContain(
                "Details of the arrest", "Details of the appeal");
        assertThat(form.select("input[name^=step.]").eachAttr("name")).allMatch(n -> n.startsWith("step.sentence.")
                || n.equals("step.kind"));
        assertThat(form.select("input[name=personId]").val()).isEqualTo("Vladimir Kozlov");

        String id = savedId(researcher.post("/records/new?type=proceeding", Map.of("personId", "per-kozlov",
                "step.kind", "appeal", "step.appeal.outcome", "upheld", "date", "March 2014")));
        Document saved = page(researcher, "/records/saved/" + id);
        assertThat(saved.select("h1").text()).startsWith("Saved ‘Appeal of Vladimir Kozlov");
        assertThat(saved.select("ul.next a").eachText()).contains("Add another step", "Release");
    }

    @Test
    void thePersonFormSpeaksPlainly() {
        Document d = page(researcher, "/records/new?type=person");
        String text = d.select("main").text();
        assertThat(text).contains("Real identity").doesNotContain("Realentity");
        assertThat(d.select("label[for=f-anonymity-pseudonym] .req")).as("an optional pseudonym is not starred").isEmpty();
        assertThat(d.select("select[name='names[0].script'] option").eachText())
                .contains("Unknown/auto (detected from the name)", "Latin", "Cyrillic", "Arabic");
        assertThat(d.select("label[for=f-names-0--value]").text()).isEqualTo("Name");
    }

    @Test
    void errorsNameTheFieldByItsLabelAndStandBesideIt() {
        Document date = Jsoup.parse(researcher.post("/records/new?type=person", Map.of("names[0].value", "Ivan Petrov",
                "birthDate", "sometime")).body());
        assertThat(date.select(".errors").text()).contains("Birth date: ‘sometime’ is not a date Vigil can read");
        assertThat(date.select("#f-birthDate ~ .error").text()).contains("sometime");
        HttpResponse<String> r = researcher.post("/records/new?type=person", Map.of("names[0].value", "Ivan Petrov",
                "names[0].script", "latin"));
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        String summary = d.select(".errors").text();
        assertThat(summary).contains("Names 1 › Script").doesNotContain("names[0]");
        assertThat(d.select("#f-names-0--script ~ .error").text()).contains("latin");
        assertThat(d.select("input[name='names[0].value']").val()).as("the input is kept").isEqualTo("Ivan Petrov");

        Document empty = Jsoup.parse(researcher.post("/records/new?type=event", Map.of("description", "x")).body());
        assertThat(empty.select(".errors").text()).contains("Title: required: fill this in")
                .doesNotContain("title is required");
    }

    @Test
    void afterSavingThePageConfirmsItAndOffersTheNextParts() {
        String source = savedId(researcher.post("/records/new?type=source", Map.of("kind", "news",
                "title", "Court reporter's notes")));
        Document saved = page(researcher, "/records/saved/" + source);
        assertThat(saved.select("h1").text()).isEqualTo("Saved ‘Court reporter's notes’");
        assertThat(saved.select("ul.next a").eachText()).contains("Add an event citing it");
        assertThat(saved.select("ul.next a:contains(Add an event citing it)").attr("href"))
                .isEqualTo("/records/new?type=event&sourceId=" + source);

        String event = savedId(researcher.post("/records/new?type=event", Map.of("title", "Hearing in Aktau",
                "start", "early March 2013", "citations[0].sourceId", source)));
        assertThat(page(researcher, "/records/saved/" + event).select("ul.next a").eachText())
                .contains("Add a victim (person)", "Add an act here");

        HttpResponse<String> person = researcher.post("/records/new?type=person", Map.of("names[0].value",
                "Asel Nurova", "for", event));
        assertThat(person.headers().firstValue("Location").orElse("")).endsWith("?for=" + event);
        String personId = savedId(person);
        Document afterPerson = page(researcher, "/records/saved/" + personId + "?for=" + event);
        assertThat(afterPerson.select("ul.next a").eachText()).contains("Add an act against them",
                "Add a legal proceeding");
        assertThat(afterPerson.select("ul.next a:contains(Add an act against them)").attr("href"))
                .contains("victimId=" + personId).contains("eventId=" + event).contains("sourceId=" + source);

        String act = savedId(researcher.post("/records/new?type=act", Map.of("eventId", event, "victimId", personId,
                "actType", "torture")));
        assertThat(page(researcher, "/records/saved/" + act).select("ul.next a").eachText())
                .contains("Add who did it (involvement)");
    }

    @Test
    void aPerpetratorTypedByItsNameIsLinkedByItsId() {
        String inv = savedId(researcher.post("/records/new?type=involvement", Map.of("actId", "act-defendants-torture",
                "perpetratorId", "National Security Service")));
        Involvement saved = (Involvement) server.store().records().find(inv).orElseThrow();
        assertThat(saved.perpetratorId()).isEqualTo("org-nss");
    }

    @Test
    void deletingAsksFirstAndKeepsTheHistory() {
        String id = savedId(researcher.post("/records/new?type=organisation", Map.of("name", "Temporary unit",
                "kind", "police")));
        Document edit = page(researcher, "/records/" + id + "/edit");
        assertThat(edit.select("a.delete").attr("href")).isEqualTo("/records/" + id + "/delete");
        Document confirm = page(researcher, "/records/" + id + "/delete");
        assertThat(confirm.select("main").text()).contains("Delete ‘Temporary unit’? Its history is kept and it can "
                + "be read under History.");
        assertThat(confirm.select("form.delete-form").attr("action")).isEqualTo("/records/" + id + "/delete");
        assertThat(server.store().records().find(id)).as("nothing deleted by asking").isPresent();
        assertThat(researcher.post("/records/" + id + "/delete", Map.of("reason", "duplicate")).statusCode())
                .isEqualTo(302);
        assertThat(server.store().records().find(id)).isEmpty();
    }

    @Test
    void aRoleThatMayNotWriteIsToldSoInsteadOfGettingAFormItCannotSave() {
        for (String user : List.of("viewer", "reviewer")) {
            WebSession s = server.as(user);
            for (String path : List.of("/records/new", "/records/new?type=event", "/records/evt-kozlov-case/edit",
                    "/records/evt-kozlov-case/delete")) {
                HttpResponse<String> r = s.get(path);
                assertThat(r.statusCode()).as(user + " " + path).isEqualTo(403);
                Document d = Jsoup.parse(r.body());
                assertThat(d.select("main").text()).as(user + " " + path)
                        .contains("lets you read records but not create, change or delete them");
                assertThat(d.select("form.record-form")).isEmpty();
            }
        }
    }
}
