package org.vigil.core.json;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.model.Person;
import org.vigil.core.testing.SampleDatasets;
import org.vigil.core.vocab.Vocabularies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatasetJsonTest {

    private final DatasetValidator validator = new DatasetValidator(Vocabularies.builtIn());
    private final String sample = DatasetJson.write(SampleDatasets.small());

    @Test
    void theSampleRoundTripsToTheSameBytes() {
        Dataset back = DatasetJson.read(sample, "sample.json", validator);
        assertThat(back).isEqualTo(SampleDatasets.small().sortedById());
        assertThat(DatasetJson.write(back)).isEqualTo(sample);
    }

    @Test
    void exportIsReadableJsonWithUnescapedCyrillicAndKazakh() {
        assertThat(sample).startsWith("{\n  \"format\" : \"vigil-dataset\"");
        assertThat(sample).contains("Айгүл Серікқызы").contains("\"late 2020-06\"")
                .contains("\"qualifier\" : \"at_least\"").contains("\"kind\" : \"sentence\"");
    }

    @Test
    void truncatedJsonNamesTheLineWhereItEnds() {
        String truncated = sample.substring(0, sample.length() / 2);
        Problem p = problem(truncated);
        assertThat(p.file()).isEqualTo("data.json");
        assertThat(p.line()).isGreaterThan(1);
        assertThat(p.message()).containsIgnoringCase("end-of-input");
    }

    @Test
    void aWrongTypeNamesThePathAndTheValue() {
        String broken = sample.replace("\"deceased\" : true", "\"deceased\" : \"perhaps\"");
        Problem p = problem(broken);
        assertThat(p.location()).matches("\\$\\.persons\\[\\d+]\\.deceased");
        assertThat(p.message()).contains("perhaps");
        assertThat(p.line()).isEqualTo(lineOf(broken, "\"perhaps\""));
    }

    @Test
    void anUnknownVocabularyTermNamesPathLineAndTheKnownTerms() {
        String broken = sample.replace("\"excessive_force\"", "\"excesive_force\"");
        Problem p = problem(broken);
        assertThat(p.location()).isEqualTo("$.events[0].violationCategories[0]");
        assertThat(p.line()).isEqualTo(lineOf(broken, "excesive_force"));
        assertThat(p.message()).contains("'excesive_force' is not a term of the violation_categories vocabulary")
                .contains("excessive_force");
    }

    @Test
    void anImpossibleDateNamesPathAndReason() {
        String broken = sample.replace("\"2020-09-15\"", "\"2020-09-31\"");
        Problem p = problem(broken);
        assertThat(p.location()).isEqualTo("$.proceedings[2].date");
        assertThat(p.message()).contains("2020-09-31 does not exist").contains("30 days");
        assertThat(p.line()).isEqualTo(lineOf(broken, "2020-09-31"));
    }

    @Test
    void duplicateIdsAreNamedWithBothPlaces() {
        String broken = sample.replace("\"id\" : \"per-witness-a\"", "\"id\" : \"per-aigul\"");
        Problem p = problem(broken);
        assertThat(p.message()).contains("id 'per-aigul' is already used by persons[1]");
        assertThat(p.location()).isEqualTo("$.persons[2].id");
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        String broken = sample.replace("\"sex\" : \"female\"", "\"gender\" : \"female\"");
        Problem p = problem(broken);
        assertThat(p.message()).contains("unknown field 'gender'").contains("sex");
        assertThat(p.location()).matches("\\$\\.persons\\[1]\\.gender");
    }

    @Test
    void aDanglingReferenceIsNamed() {
        String broken = sample.replace("\"victimId\" : \"per-aigul\"", "\"victimId\" : \"per-nobody\"");
        Problem p = problem(broken);
        assertThat(p.message()).contains("'per-nobody' does not name any record");
        assertThat(p.location()).endsWith(".victimId");
    }

    @Test
    void aMissingFlagMeansFalseButAMissingFigureIsAnError() {
        Dataset back = DatasetJson.read(sample.replace("\"deceased\" : true,", ""), "data.json", validator);
        assertThat(back.persons().get(0).deceased()).isFalse();
        Problem p = problem(sample.replaceFirst("\"value\" : 4,", ""));
        assertThat(p.message()).contains("value");
        assertThat(p.location()).contains("groupSize");
    }

    @Test
    void anotherFormatIsRefused() {
        Problem p = problem("{\"format\":\"something-else\",\"version\":1}");
        assertThat(p.message()).contains("format is 'something-else'");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String broken = sample.replace("\"excessive_force\"", "\"x1\"").replace("\"unfair_trial\"", "\"x2\"");
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> DatasetJson.read(broken, "data.json", validator));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).contains("and 1 more");
    }

    @Test
    void recordsKeepTheirTypesThroughJson() {
        Dataset back = DatasetJson.read(sample, "sample.json", validator);
        assertThat(back.persons()).extracting(Person::id).containsExactly("grp-protesters", "per-aigul", "per-witness-a");
    }

    private Problem problem(String json) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> DatasetJson.read(json, "data.json", validator));
        assertThat(e).as("expected the import to be refused").isNotNull();
        return e.problems().get(0);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
