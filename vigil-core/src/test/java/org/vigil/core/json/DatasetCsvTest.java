package org.vigil.core.json;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.testing.SampleDatasets;
import org.vigil.core.vocab.Vocabularies;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatasetCsvTest {

    private final DatasetValidator validator = new DatasetValidator(Vocabularies.builtIn());
    private final String sample = DatasetCsv.write(SampleDatasets.small());

    @Test
    void oneRowPerFieldValue() {
        assertThat(sample).startsWith("record_type,record_id,field,value\n");
        assertThat(sample).contains("person,per-aigul,names[0].value,Айгүл Серікқызы\n");
        assertThat(sample).contains("proceeding,prc-sentence,step.term.years,7\n");
        assertThat(sample).contains("event,evt-protest,tallies[0].count.qualifier,at_least\n");
    }

    @Test
    void roundTripsToTheSameBytes() {
        Dataset back = DatasetCsv.read(sample, "sample.csv", validator, id -> Optional.empty());
        assertThat(back).isEqualTo(SampleDatasets.small().sortedById());
        assertThat(DatasetCsv.write(back)).isEqualTo(sample);
    }

    @Test
    void formulaLikeValuesCannotRunInASpreadsheetAndStillRoundTrip() {
        assertThat(DatasetCsv.defuse("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(DatasetCsv.defuse("@SUM(A1)")).startsWith("'@");
        assertThat(DatasetCsv.defuse("'quoted")).isEqualTo("''quoted");
        assertThat(DatasetCsv.defuse("Roza")).isEqualTo("Roza");
        for (String v : new String[]{"=1+1", "'x", "''", "-3", "plain", "+7 700"}) {
            assertThat(DatasetCsv.restore(DatasetCsv.defuse(v))).isEqualTo(v);
        }
        assertThat(sample).contains("person,per-aigul,contact,'+7 700 000 0000");
    }

    @Test
    void brokenQuotingNamesTheLine() {
        String broken = sample.replace("person,per-aigul,sex,female", "person,per-aigul,sex,\"fem\"ale");
        Problem p = problem(broken);
        assertThat(p.message()).startsWith("broken CSV");
        assertThat(p.line()).isEqualTo(lineOf(broken, "\"fem\"ale"));
    }

    @Test
    void anUnterminatedQuoteIsReported() {
        Problem p = problem(sample + "person,per-x,sex,\"female\n");
        assertThat(p.message()).startsWith("broken CSV");
    }

    @Test
    void aWrongTypeNamesLineAndField() {
        String broken = sample.replace("proceeding,prc-sentence,step.term.years,7", "proceeding,prc-sentence,step.term.years,seven");
        Problem p = problem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "seven"));
        assertThat(p.location()).isEqualTo("field step.term.years");
        assertThat(p.message()).contains("seven");
    }

    @Test
    void anUnknownTermNamesLineAndField() {
        String broken = sample.replace("act,act-torture,torture.methods[1],cold_water", "act,act-torture,torture.methods[1],waterboard");
        Problem p = problem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "waterboard"));
        assertThat(p.message()).contains("'waterboard' is not a term of the torture_methods vocabulary");
    }

    @Test
    void aGapInAListIsRefused() {
        String broken = sample.replace("person,per-aigul,descriptors[2],torture_victim", "person,per-aigul,descriptors[5],torture_victim");
        Problem p = problem(broken);
        assertThat(p.message()).contains("item [5] comes before item [2]");
    }

    @Test
    void aRecordTypeThatDoesNotExistIsNamed() {
        Problem p = problem(sample + "victim,v1,title,x\n");
        assertThat(p.location()).isEqualTo("record_type");
        assertThat(p.message()).contains("'victim' is not a record type");
    }

    private Problem problem(String csv) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> DatasetCsv.read(csv, "data.csv", validator, id -> Optional.empty()));
        assertThat(e).as("expected the import to be refused").isNotNull();
        return e.problems().get(0);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
