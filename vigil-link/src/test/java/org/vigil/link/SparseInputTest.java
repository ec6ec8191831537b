package org.vigil.link;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.run.Progress;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.input.PersonRecords;
import org.vigil.link.model.FieldParameters;
import org.vigil.link.model.LevelParameters;
import org.vigil.link.review.FieldContribution;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.state.LinkageState;
import org.vigil.link.state.LinkageStateJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small and sparse data sets, as a new installation has them: a column nobody filled in, one record,
 * no records. Linkage runs on what there is; a value missing everywhere is neutral evidence.
 */
class SparseInputTest {

    private static Person person(String id, String name, String sex, Optional<String> nationality, String source) {
        return new Person(id, PersonKind.INDIVIDUAL, List.of(PersonName.of(name)), Optional.empty(), Optional.empty(), sex,
                Optional.empty(), nationality, Optional.empty(), List.of(), List.of(), false, Optional.empty(),
                Optional.empty(), Confidentiality.PUBLIC, List.of(Citation.of(source)));
    }

    private static Map<String, String> clusters(LinkageResult r) {
        return r.clusters().stream().collect(Collectors.toMap(ClusterAssignment::recordId, ClusterAssignment::clusterId));
    }

    private static void assertFiniteModel(LinkageResult r) {
        assertThat(Double.isFinite(r.model().prior())).as("prior").isTrue();
        for (FieldParameters f : r.model().fields()) {
            for (LevelParameters l : f.levels()) {
                assertThat(Double.isFinite(l.m()) && Double.isFinite(l.u()) && Double.isFinite(l.weight()))
                        .as("m, u and weight of %s / %s", f.field(), l.label()).isTrue();
            }
        }
        // the state must survive its JSON (NaN or infinity would not)
        assertThat(LinkageStateJson.read(LinkageStateJson.write(r.state()), "state").clusters())
                .isEqualTo(r.state().clusters());
    }

    @Test
    void theStoresInputDeclaresEveryColumnEvenWhenNoPersonHasAValueInIt() {
        LinkInput in = PersonRecords.toInput(List.of(person("p1", "Roza Tuletaeva", "female", Optional.empty(), "s1")));
        assertThat(in.columns()).containsExactly("name", "birth_date", "sex", "nationality");
        assertThat(in.records().get(0).values()).containsOnlyKeys("name", "sex");
    }

    @Test
    void declaredColumnsComeFirstAndColumnsOnlyTheRecordsHaveFollowInNameOrder() {
        LinkInput in = LinkInput.of(List.of("name", "born"), List.of(
                new InputRecord("a", "s", Map.of("name", "X", "zone", "1", "city", "Y"))));
        assertThat(in.columns()).containsExactly("name", "born", "city", "zone");
        assertThat(in.files().get(0).sha256()).as("declared columns do not change the records' hash")
                .isEqualTo(LinkInput.of(in.records()).files().get(0).sha256());
    }

    @Test
    void personsWithoutBirthDatesAreLinkedOnTheirNamesAsInTheDemo() {
        // the demo's shape: names, sex, one nationality, no birth dates; one person written in two scripts
        List<Person> persons = List.of(
                person("per-a", "Roza Tuletaeva", "female", Optional.empty(), "src-1"),
                person("per-b", "Роза Тулетаева", "female", Optional.empty(), "src-2"),
                person("per-c", "Vladimir Kozlov", "male", Optional.empty(), "src-1"),
                person("per-d", "Natalia Sokolova", "female", Optional.empty(), "src-1"),
                person("per-e", "Sobir Nosirov", "male", Optional.of("UZ"), "src-1"));
        LinkageResult r = new Linker(PersonRecords.settings()).link(PersonRecords.toInput(persons));
        Map<String, String> c = clusters(r);
        assertThat(c).containsOnlyKeys("per-a", "per-b", "per-c", "per-d", "per-e");
        assertThat(c.get("per-c")).isNotEqualTo(c.get("per-a")).isNotEqualTo(c.get("per-d"));
        assertFiniteModel(r);
        // whatever the model decides about the two spellings, the pair is either linked or waits for review
        boolean linked = c.get("per-a").equals(c.get("per-b"));
        boolean queued = r.reviewQueue().pairs().stream().anyMatch(p -> java.util.Set.of(p.recordA(), p.recordB())
                .equals(java.util.Set.of("per-a", "per-b")));
        assertThat(linked || queued).as("Roza Tuletaeva in two scripts is linked or reviewed").isTrue();
    }

    @Test
    void aColumnThatIsAlwaysEmptyAddsNothingToAnyPair() {
        // birth_place is declared but never filled in: it must be missing in every explanation, weight 0
        List<InputRecord> records = new ArrayList<>();
        for (InputRecord t : TestRecords.tuletayevaAndOthers()) {
            records.add(new InputRecord(t.id(), t.source(), Map.of("name", t.value("name"),
                    "birth_date", t.value("birth_date"))));
        }
        LinkInput in = LinkInput.of(List.of("name", "birth_date", "birth_place"), records);
        Linker linker = new Linker(TestRecords.personSettings());
        LinkageResult r = linker.link(in);
        assertFiniteModel(r);
        Map<String, String> c = clusters(r);
        assertThat(c.get("news-1")).as("still linked on name and birth date").isEqualTo(c.get("ngo-1"));
        PairExplanation e = linker.explain(in, r.state(), "ngo-1", "news-1");
        FieldContribution place = e.fields().get(2);
        assertThat(place.field()).isEqualTo("birth_place");
        assertThat(place.level()).isEqualTo("missing");
        assertThat(place.weight()).isZero();
        assertThat(place.frequencyAdjustment()).isZero();
    }

    @Test
    void everyComparedColumnEmptyButTheNameStillGivesASaneRun() {
        List<InputRecord> records = List.of(
                new InputRecord("a", "s1", Map.of("name", "Roza Tuletaeva")),
                new InputRecord("b", "s2", Map.of("name", "Roza Tuletayeva")),
                new InputRecord("c", "s1", Map.of("name", "Marat Sadykov")));
        LinkageResult r = new Linker(TestRecords.personSettings())
                .link(LinkInput.of(List.of("name", "birth_date", "birth_place"), records));
        assertFiniteModel(r);
        assertThat(clusters(r)).containsOnlyKeys("a", "b", "c");
        assertThat(clusters(r).get("c")).isNotEqualTo(clusters(r).get("a"));
    }

    @Test
    void oneRecordIsOneCluster() {
        LinkageResult r = new Linker(PersonRecords.settings()).link(PersonRecords.toInput(List.of(
                person("per-only", "Roza Tuletaeva", "unknown", Optional.empty(), "src-1"))));
        assertThat(r.clusters()).extracting(ClusterAssignment::recordId).containsExactly("per-only");
        assertThat(r.clusterCount()).isEqualTo(1);
        assertThat(r.reviewQueue().pairs()).isEmpty();
        assertFiniteModel(r);
    }

    @Test
    void noRecordsIsAnEmptyResultNotAnError() {
        LinkageResult r = new Linker(PersonRecords.settings()).link(PersonRecords.toInput(List.of()));
        assertThat(r.clusters()).isEmpty();
        assertThat(r.clusterCount()).isZero();
        assertThat(r.reviewQueue().pairs()).isEmpty();
        assertFiniteModel(r);
        assertThat(r.state().clusters()).isEmpty();
    }

    @Test
    void aRunOverNoRecordsKeepsEarlierDecisions() {
        LinkageState before = LinkageState.empty().withDecision(new org.vigil.link.review.ReviewDecision("x", "y",
                org.vigil.link.review.Decision.SAME, "ana", ""));
        LinkageResult r = new Linker(PersonRecords.settings()).link(PersonRecords.toInput(List.of()), before,
                Progress.NONE);
        assertThat(r.state().decisions()).hasSize(1);
    }

    @Test
    void agreeingOnAValueNearlyEveryoneSharesIsNeverEvidenceAgainst() {
        // every person but one has the same nationality: EM cannot tell matches by it and may put m below u
        List<Person> persons = new ArrayList<>();
        String[] names = {"Marat Sadykov", "Gulnara Omarova", "Yerlan Kaliyev", "Dinara Zhaksybekova", "Bolat Atabayev",
            "Serik Sapargali", "Asel Nurmagambetova", "Talgat Ayanov", "Roman Kim", "Irina Petrova", "Sergei Volkov"};
        for (int i = 0; i < names.length; i++) {
            persons.add(person("p" + i, names[i], i % 2 == 0 ? "male" : "female", Optional.of("KZ"), "s" + (i % 3)));
        }
        persons.add(person("r1", "Roza Tuletaeva", "female", Optional.empty(), "s0"));
        persons.add(person("r2", "Роза Тулетаева", "female", Optional.of("KZ"), "s1"));
        persons.add(person("r3", "Roza Tuletayeva", "female", Optional.of("KZ"), "s2"));
        persons.add(person("v2", "Sergei Volkov", "female", Optional.of("KZ"), "s2"));
        persons.add(person("k2", "Roman Kim", "male", Optional.of("RU"), "s2"));
        LinkageResult r = new Linker(PersonRecords.settings()).link(PersonRecords.toInput(persons));
        assertFiniteModel(r);
        for (FieldParameters f : r.model().fields()) {
            assertThat(f.levels().get(0).weight()).as("weight of exact agreement on %s", f.field())
                    .isGreaterThanOrEqualTo(-1e-9);
        }
    }
}
