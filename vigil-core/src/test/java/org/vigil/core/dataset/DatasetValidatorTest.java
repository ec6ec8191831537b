package org.vigil.core.dataset;

import org.junit.jupiter.api.Test;
import org.vigil.core.count.Count;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.model.Term;
import org.vigil.core.testing.SampleDatasets;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the model, broken once; every violation names the record, the field and the rule. */
class DatasetValidatorTest {

    private final DatasetValidator validator = new DatasetValidator(Vocabularies.builtIn());

    private List<Violation> withSample(Record... extra) {
        List<Record> all = new ArrayList<>(SampleDatasets.small().all().toList());
        all.addAll(List.of(extra));
        return validator.validate(Dataset.of(all));
    }

    private static Person person(String id, PersonKind kind, Optional<String> description, Optional<Count> size) {
        return Person.builder(id).kind(kind).groupDescription(description).groupSize(size).build();
    }

    @Test
    void theSampleIsValid() {
        assertThat(validator.validate(SampleDatasets.small())).isEmpty();
    }

    @Test
    void aGroupNeedsADescriptionAndAnIndividualANameAndNoSize() {
        List<Violation> v = withSample(
                person("g1", PersonKind.GROUP, Optional.empty(), Optional.of(Count.exactly(3))),
                person("i1", PersonKind.INDIVIDUAL, Optional.empty(), Optional.of(Count.exactly(3))));
        assertThat(v).extracting(Violation::recordId, Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("g1", "groupDescription", "required"),
                org.assertj.core.groups.Tuple.tuple("i1", "names", "required"),
                org.assertj.core.groups.Tuple.tuple("i1", "groupSize", "group-only"));
    }

    @Test
    void countryCodesAreIsoAlpha2() {
        Organisation o = new Organisation("o-x", "Court", List.of(), "court", Optional.of("Kazakhstan"),
                Optional.empty(), null, List.of());
        assertThat(withSample(o)).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("country");
            assertThat(x.message()).contains("'Kazakhstan' is not an ISO 3166-1 alpha-2 country code");
        });
    }

    @Test
    void anEventCannotEndBeforeItStartsButImpreciseDatesMayOverlap() {
        Event backwards = new Event("e-x", "x", Optional.empty(), List.of(), Optional.of(PartialDate.parse("2012-05")),
                Optional.of(PartialDate.parse("2012-03")), List.of(), List.of(), null, null, List.of());
        Event overlapping = new Event("e-y", "y", Optional.empty(), List.of(), Optional.of(PartialDate.parse("2012")),
                Optional.of(PartialDate.parse("2012-03")), List.of(), List.of(), null, null, List.of());
        assertThat(withSample(backwards, overlapping)).singleElement()
                .satisfies(x -> assertThat(x.rule()).isEqualTo("date-order"));
    }

    @Test
    void aSentenceMustSaySomethingAndARangeMustBeOrdered() {
        Proceeding empty = new Proceeding("p-x", "per-aigul", Optional.empty(), Optional.empty(), Optional.empty(),
                new ProceedingStep.Sentence(Optional.empty(), Optional.empty(), Optional.empty(), false,
                        Optional.empty(), false, false, false), Optional.empty(), null, List.of());
        Proceeding reversed = new Proceeding("p-y", "per-aigul", Optional.empty(), Optional.empty(), Optional.empty(),
                new ProceedingStep.Sentence(Optional.empty(), Optional.of(Term.years(7)), Optional.of(Term.years(5)),
                        false, Optional.empty(), false, false, false), Optional.empty(), null, List.of());
        assertThat(withSample(empty, reversed)).extracting(Violation::rule)
                .containsExactly("sentence-empty", "range");
    }

    @Test
    void referencesMustNameARecordOfTheRightType() {
        EventLink selfAndWrong = new EventLink("l-x", "per-aigul", "per-aigul", "caused", Optional.empty(), null,
                List.of());
        List<Violation> v = withSample(selfAndWrong);
        assertThat(v).extracting(Violation::field).contains("fromEventId", "toEventId");
        assertThat(v.get(0).message()).contains("'per-aigul' is a person, but fromEventId must name an event");
    }

    @Test
    void aSpanMustLieWithinItsSourceText() {
        Source s = new Source("s-x", "news", "Short", Optional.empty(), Optional.empty(), Optional.of("english"),
                Reliability.LOW, Optional.empty(), Optional.of("ten chars."), Confidentiality.PUBLIC, List.of());
        Organisation o = new Organisation("o-y", "Court", List.of(), "court", Optional.empty(), Optional.empty(),
                null, List.of(Citation.of("s-x", 2, 40)));
        List<Violation> v = withSample(s, o);
        assertThat(v).extracting(Violation::rule).containsExactlyInAnyOrder("language-tag", "span");
    }

    @Test
    void idsFollowTheFormat() {
        assertThat(withSample(person("bad id!", PersonKind.GROUP, Optional.of("x"), Optional.empty())))
                .singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("id-format"));
    }
}
