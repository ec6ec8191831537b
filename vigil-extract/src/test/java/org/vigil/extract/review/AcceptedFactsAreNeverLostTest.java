package org.vigil.extract.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.count.Count;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.Term;
import org.vigil.core.model.TextSpan;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionSettings;
import org.vigil.extract.ReportExtractor;
import org.vigil.extract.facts.Fact;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.records.DraftRecords;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher reads a short report, accepts every fact, corrects one name and stores: every accepted fact
 * must come back as a record of the right kind, dated as the text dates it, citing the words it came from,
 * and the corrected name must hold on every fact about that person.
 */
class AcceptedFactsAreNeverLostTest {

    static final String TEXT = """
            Lena Okafor, a journalist, was arrested on 3 March 2023 in Riverton. On 10 March 2023 she was charged \
            under Article 341 of the Criminal Code with "spreading false information". On 12 March 2023 police \
            officers tortured her with electric shocks to force a confession. On 20 June 2023 the Riverton City Court \
            sentenced Lena Okafor to six years in prison.
            On 5 May 2023 security forces opened fire on a peaceful protest in Riverton; at least 15 people were killed.
            """;

    private static final Extraction EXTRACTION = new ReportExtractor().extract(
            ReportDocument.ofText("pasted text", TEXT), ExtractionSettings.defaults());

    private static Map<String, ReviewDecision> acceptAllCorrecting(Extraction x, String name, String corrected) {
        Map<String, ReviewDecision> decisions = new LinkedHashMap<>();
        for (Fact f : x.facts().all()) {
            decisions.put(f.id(), ReviewDecision.accept());
        }
        PersonFact p = x.facts().persons().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        decisions.put(p.id(), new ReviewDecision.Edit(new PersonFact(p.id(), corrected, p.roles(), p.organisation(),
                p.nationality(), p.events(), p.evidence())));
        return decisions;
    }

    private static final DraftRecords DRAFTS = FactReview.records(EXTRACTION, TEXT,
            acceptAllCorrecting(EXTRACTION, "Lena Okafor", "Lena Okafor-Mbeki"));

    private static <T extends Record> List<T> all(Class<T> type) {
        return DRAFTS.records().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Person lena() {
        return all(Person.class).stream().filter(p -> p.label().equals("Lena Okafor-Mbeki")).findFirst().orElseThrow();
    }

    private static Proceeding step(Class<? extends ProceedingStep> kind) {
        return all(Proceeding.class).stream().filter(p -> p.personId().equals(lena().id()) && kind.isInstance(p.step()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " of Lena in "
                        + all(Proceeding.class)));
    }

    private static List<String> quoted(Record r) {
        return r.citations().stream().map(c -> c.span().orElseThrow().of(TEXT)).toList();
    }

    @Test
    void theCorrectedNameHoldsOnTheArrestTheChargeAndTheSentence() {
        assertThat(all(Person.class)).extracting(Record::label).doesNotContain("Lena Okafor");

        Proceeding arrest = step(ProceedingStep.Arrest.class);
        assertThat(arrest.date()).contains(PartialDate.ofDay(2023, 3, 3));
        assertThat(((ProceedingStep.Arrest) arrest.step()).place()).contains("Riverton");

        Proceeding charge = step(ProceedingStep.Charge.class);
        assertThat(charge.date()).contains(PartialDate.ofDay(2023, 3, 10));
        assertThat(((ProceedingStep.Charge) charge.step()).charges()).containsExactly(
                new ChargeText("spreading false information", Optional.of("Article 341 of the Criminal Code")));
        assertThat(quoted(charge)).contains("spreading false information", "10 March 2023");

        Proceeding sentence = step(ProceedingStep.Sentence.class);
        assertThat(sentence.date()).contains(PartialDate.ofDay(2023, 6, 20));
        assertThat(((ProceedingStep.Sentence) sentence.step()).term()).contains(Term.years(6));
        assertThat(sentence.authorityId()).isPresent();

        assertThat(all(Proceeding.class)).allMatch(p -> p.personId().equals(lena().id()))
                .extracting(p -> p.step().kindCode()).containsExactlyInAnyOrder("arrest", "charge", "sentence");
    }

    @Test
    void aCorrectedCourtNameStaysTheAuthorityOfTheSentence() {
        Map<String, ReviewDecision> decisions = acceptAllCorrecting(EXTRACTION, "Lena Okafor", "Lena Okafor");
        OrganisationFact court = EXTRACTION.facts().organisations().get(0);
        decisions.put(court.id(), new ReviewDecision.Edit(new OrganisationFact(court.id(), "Riverton District Court",
                court.kind(), court.aliases(), court.evidence())));

        DraftRecords drafts = FactReview.records(EXTRACTION, TEXT, decisions);

        Organisation renamed = drafts.records().stream().filter(r -> r instanceof Organisation).map(Organisation.class::cast)
                .findFirst().orElseThrow();
        assertThat(renamed.name()).isEqualTo("Riverton District Court");
        assertThat(drafts.records()).filteredOn(r -> r instanceof Proceeding p && p.step() instanceof ProceedingStep.Sentence)
                .singleElement().satisfies(p -> assertThat(((Proceeding) p).authorityId()).contains(renamed.id()));
    }

    @Test
    void theTortureIsAnActWithItsMethodAndDateAndTheArrestADetention() {
        Act torture = all(Act.class).stream().filter(a -> a.actType().equals("torture")).findFirst().orElseThrow();
        assertThat(torture.victimId()).isEqualTo(lena().id());
        assertThat(torture.start()).contains(PartialDate.ofDay(2023, 3, 12));
        assertThat(torture.torture().orElseThrow().methods()).containsExactly("electric_shock");
        assertThat(quoted(torture)).contains("electric shocks");

        Act detention = all(Act.class).stream().filter(a -> a.actType().equals("arbitrary_detention")).findFirst()
                .orElseThrow();
        assertThat(detention.victimId()).isEqualTo(lena().id());
        assertThat(detention.start()).contains(PartialDate.ofDay(2023, 3, 3));
    }

    @Test
    void theProtestIsAnEventOfItsOwnWithItsDateFigureAndVictims() {
        Event protest = all(Event.class).stream().filter(e -> e.title().contains("protest")).findFirst().orElseThrow();
        assertThat(protest.title()).isEqualTo("Security forces opened fire on a peaceful protest in Riverton");
        assertThat(protest.start()).contains(PartialDate.ofDay(2023, 5, 5));
        assertThat(protest.tallies()).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(Count.atLeast(15));
            assertThat(t.actType()).contains("killing");
        });
        assertThat(protest.violationCategories()).contains("excessive_force");
        assertThat(protest.places()).extracting(p -> p.name()).contains("Riverton");

        Act killing = all(Act.class).stream().filter(a -> a.actType().equals("killing")).findFirst().orElseThrow();
        assertThat(killing.eventId()).isEqualTo(protest.id());
        Person victims = all(Person.class).stream().filter(p -> p.id().equals(killing.victimId())).findFirst()
                .orElseThrow();
        assertThat(victims.groupSize()).contains(Count.atLeast(15));
        assertThat(victims.deceased()).isTrue();
    }

    @Test
    void lenasCaseIsAnEventDatedFromHerArrestToHerSentence() {
        Event lenasCase = all(Event.class).stream().filter(e -> e.title().endsWith("of Lena Okafor-Mbeki"))
                .findFirst().orElseThrow();
        assertThat(lenasCase.title()).isEqualTo("Arrest, torture and prosecution of Lena Okafor-Mbeki");
        assertThat(lenasCase.start()).contains(PartialDate.ofDay(2023, 3, 3));
        assertThat(lenasCase.end()).contains(PartialDate.ofDay(2023, 6, 20));
        assertThat(lenasCase.violationCategories()).contains("torture");
        assertThat(all(Event.class)).extracting(Event::title).noneMatch(t -> t.startsWith("Events reported in"));
    }

    @Test
    void everyAcceptedFactBecomesRecordsThatCiteItsWords() {
        assertEveryFactStoredAndCited(EXTRACTION, DRAFTS);
    }

    @Test
    void noCitationShowsAFactIdentifier() {
        List<String> factIds = EXTRACTION.facts().all().stream().map(Fact::id).toList();
        for (Record r : DRAFTS.records()) {
            for (Citation c : r.citations()) {
                String note = c.note().orElse("");
                assertThat(factIds).as("note %s of %s", note, r.id()).noneMatch(id -> note.matches(".*\\b" + id + "\\b.*"));
                assertThat(note).isEqualTo("“" + c.span().orElseThrow().of(TEXT) + "”");
            }
        }
    }

    @Test
    void theDraftIsAValidDataSet() {
        assertThat(new DatasetValidator(Vocabularies.builtIn()).validate(Dataset.of(DRAFTS.all()))).isEmpty();
    }

    @Test
    void whenThePersonIsRejectedHerArrestStillLandsOnAnEvent() {
        Map<String, ReviewDecision> decisions = acceptAllCorrecting(EXTRACTION, "Lena Okafor", "Lena Okafor");
        decisions.put(EXTRACTION.facts().persons().get(0).id(), ReviewDecision.reject());

        DraftRecords drafts = FactReview.records(EXTRACTION, TEXT, decisions);

        assertThat(drafts.records()).filteredOn(r -> r instanceof Event e && e.title().contains("was arrested"))
                .singleElement().satisfies(e -> assertThat(((Event) e).start()).contains(PartialDate.ofDay(2023, 3, 3)));
        assertEveryFactStoredAndCited(FactReview.apply(EXTRACTION, decisions), drafts);
    }

    @ParameterizedTest(name = "every fact of the {0} example, accepted, is stored and cited")
    @ValueSource(strings = {"azerbaijan", "belarus", "egypt", "vietnam"})
    void everyFactOfAnExampleReportIsStoredAndCited(String name) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/examples/" + name + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Extraction x = new ReportExtractor().extract(ReportDocument.ofText(name + ".txt", text),
                ExtractionSettings.defaults());
        Map<String, ReviewDecision> decisions = new LinkedHashMap<>();
        x.facts().all().forEach(f -> decisions.put(f.id(), ReviewDecision.accept()));

        DraftRecords drafts = FactReview.records(x, text, decisions);

        assertEveryFactStoredAndCited(x, drafts);
        assertThat(new DatasetValidator(Vocabularies.builtIn()).validate(Dataset.of(drafts.all()))).isEmpty();
    }

    private static void assertEveryFactStoredAndCited(Extraction x, DraftRecords drafts) {
        Map<String, Record> byId = new LinkedHashMap<>();
        drafts.records().forEach(r -> byId.put(r.id(), r));
        for (Fact f : x.facts().all()) {
            List<String> ids = drafts.recordsByFact().getOrDefault(f.id(), List.of());
            assertThat(ids).as("records made from %s", f).isNotEmpty();
            for (String id : ids) {
                Record r = byId.get(id);
                assertThat(r).as("record %s made from %s", id, f.id()).isNotNull();
                List<TextSpan> cited = r.citations().stream().map(c -> c.span().orElseThrow()).toList();
                assertThat(cited).as("spans cited by %s for %s", id, f.id()).containsAll(f.evidence());
                assertThat(r.citations()).allMatch(c -> c.sourceId().equals(drafts.source().id()));
            }
        }
    }
}
