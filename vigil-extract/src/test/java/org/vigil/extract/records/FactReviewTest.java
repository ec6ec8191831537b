package org.vigil.extract.records;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Event;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.Term;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionSettings;
import org.vigil.extract.ReportExtractor;
import org.vigil.extract.facts.Fact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.review.FactReview;
import org.vigil.extract.review.ReviewDecision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review flow: accepted facts become records citing their spans; rejected facts leave nothing. */
class FactReviewTest {

    private static final String TEXT = load();
    private static final Extraction EXTRACTION = new ReportExtractor().extract(
            ReportDocument.ofText("azerbaijan.txt", TEXT), ExtractionSettings.defaults().withEventsYear(2012));

    private static String load() {
        try (InputStream in = FactReviewTest.class.getResourceAsStream("/examples/azerbaijan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, ReviewDecision> all(ReviewDecision d) {
        Map<String, ReviewDecision> decisions = new LinkedHashMap<>();
        for (Fact f : EXTRACTION.facts().all()) {
            decisions.put(f.id(), d);
        }
        return decisions;
    }

    @Test
    void acceptedFactsBecomeValidRecordsLinkedToTheSourceAndSpans() {
        DraftRecords drafts = FactReview.records(EXTRACTION, TEXT, all(ReviewDecision.accept()));

        assertThat(drafts.source().text()).contains(TEXT);
        Person guliyev = drafts.records().stream().filter(r -> r instanceof Person p && p.kind() == PersonKind.INDIVIDUAL
                && p.label().equals("Emin Guliyev")).map(Person.class::cast).findFirst().orElseThrow();
        assertThat(guliyev.descriptors()).contains("prisoner_of_conscience", "defendant");
        Citation c = guliyev.citations().get(0);
        assertThat(c.sourceId()).isEqualTo(drafts.source().id());
        assertThat(c.span().orElseThrow().of(TEXT)).isEqualTo("Emin Guliyev");

        Proceeding sentence = drafts.records().stream().filter(r -> r instanceof Proceeding p
                && p.step() instanceof ProceedingStep.Sentence && p.personId().equals(guliyev.id()))
                .map(Proceeding.class::cast).findFirst().orElseThrow();
        assertThat(((ProceedingStep.Sentence) sentence.step()).term()).contains(Term.years(3));
        assertThat(drafts.records()).filteredOn(r -> r instanceof Event).extracting(Record::label)
                .noneMatch(title -> title.startsWith("Events reported in"));

        assertThat(new DatasetValidator(Vocabularies.builtIn()).validate(Dataset.of(drafts.all()))).isEmpty();
    }

    @Test
    void rejectingEveryFactLeavesNoRecord() {
        DraftRecords drafts = FactReview.records(EXTRACTION, TEXT, all(ReviewDecision.reject()));

        assertThat(drafts.records()).isEmpty();
        assertThat(drafts.recordsByFact()).isEmpty();
    }

    @Test
    void factsWithoutADecisionAreNotStored() {
        DraftRecords drafts = FactReview.records(EXTRACTION, TEXT, Map.of());

        assertThat(drafts.records()).isEmpty();
    }

    @Test
    void anEditedFactIsStoredAsCorrectedAndARejectedOneIsNot() {
        List<PersonFact> persons = EXTRACTION.facts().persons();
        PersonFact first = persons.get(0);
        PersonFact second = persons.get(1);
        PersonFact corrected = new PersonFact(first.id(), "Emin Guliyev-Aliyev", first.roles(), first.organisation(),
                first.nationality(), first.events(), first.evidence());
        Map<String, ReviewDecision> decisions = Map.of(first.id(), new ReviewDecision.Edit(corrected),
                second.id(), ReviewDecision.reject());

        DraftRecords drafts = FactReview.records(EXTRACTION, TEXT, decisions);

        assertThat(drafts.records()).extracting(Record::label).containsExactly("Emin Guliyev-Aliyev");
    }

    @Test
    void anEditThatChangesTheTypeOrAnUnknownFactIsRefused() {
        Fact org = EXTRACTION.facts().organisations().get(0);
        String personId = EXTRACTION.facts().persons().get(0).id();

        assertThatThrownBy(() -> FactReview.apply(EXTRACTION, Map.of(personId, new ReviewDecision.Edit(org))))
                .hasMessageContaining("must keep its id and type");
        assertThatThrownBy(() -> FactReview.apply(EXTRACTION, Map.of("person-99", ReviewDecision.accept())))
                .hasMessageContaining("'person-99'");
    }
}
