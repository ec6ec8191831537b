package org.vigil.estimate.data;

import org.junit.jupiter.api.Test;
import org.vigil.core.io.BadInputException;
import org.vigil.estimate.Fixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptureCsvReaderTest {

    private static CaptureData read(String csv) {
        return new CaptureCsvReader().read(csv.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    private static CaptureData readStratified(String csv, String column) {
        return new CaptureCsvReader(Optional.of(column), Optional.empty())
                .read(csv.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    @Test
    void readsTheSharedAggregatedKosovoFileWithTheMarginalsItsReadmeStates() {
        Path file = Fixtures.sharedDir().resolve("data/estimation/kosovo1999/kosovo_4lists.csv");
        CaptureData data = new CaptureCsvReader().read(file);
        CaptureHistory h = data.history().pooled();
        // README of kosovo1999: n = 4,400; EXH 1,910; ABA 1,528; OSCE 1,786; HRW 685.
        assertThat(h.observed()).isEqualTo(4400);
        assertThat(h.lists()).containsExactly("EXH", "ABA", "OSCE", "HRW");
        assertThat(new long[] {h.listTotal(0), h.listTotal(1), h.listTotal(2), h.listTotal(3)})
                .containsExactly(1910, 1528, 1786, 685);
        assertThat(h).isEqualTo(Fixtures.kosovo());
        assertThat(data.inputSha256()).hasSize(64);
        assertThat(data.history().stratified()).isFalse();
    }

    @Test
    void readsOneRowPerPersonWithAnIdColumnAndTabulatesPatterns() {
        CaptureHistory h = read("id,A,B,C\np1,1,0,0\np2,1,1,0\np3,0,1,1\np4,1,0,0\n").history().pooled();
        assertThat(h.lists()).containsExactly("A", "B", "C");
        assertThat(h.count(0b100)).isEqualTo(2);
        assertThat(h.count(0b110)).isEqualTo(1);
        assertThat(h.count(0b011)).isEqualTo(1);
        assertThat(h.observed()).isEqualTo(4);
    }

    @Test
    void splitsRowsByTheStratumColumnInFirstSeenOrder() {
        StratifiedHistory s = readStratified("region,A,B,count\nnorth,1,0,5\nsouth,0,1,2\nnorth,1,1,3\nnorth,0,1,1\n"
                + "south,1,0,4\nsouth,1,1,1\n", "region").history();
        assertThat(s.strataNames()).containsExactly("north", "south");
        assertThat(s.stratum("north").orElseThrow().observed()).isEqualTo(9);
        assertThat(s.pooled().observed()).isEqualTo(16);
    }

    @Test
    void rejectsFewerThanTwoLists() {
        assertThatThrownBy(() -> read("A,count\n1,5\n"))
                .isInstanceOf(EstimationInputException.class)
                .hasMessageContaining("test.csv").hasMessageContaining("at least two list columns");
    }

    @Test
    void rejectsAListWithNobodyOnItByName() {
        assertThatThrownBy(() -> read("A,B,C,count\n1,0,0,5\n0,1,0,3\n1,1,0,2\n"))
                .isInstanceOf(EstimationInputException.class)
                .hasMessageContaining("list 'C' has nobody on it");
    }

    @Test
    void rejectsAnAllZeroRowWithItsLineNumber() {
        assertThatThrownBy(() -> read("A,B,count\n1,0,5\n0,0,7\n1,1,2\n"))
                .isInstanceOf(EstimationInputException.class)
                .hasMessageContaining("test.csv line 3").hasMessageContaining("on no list");
    }

    @Test
    void rejectsAValueOtherThanZeroOrOneNamingLineAndColumn() {
        assertThatThrownBy(() -> read("id,A,B\nx,1,0\ny,2,1\n"))
                .isInstanceOf(EstimationInputException.class)
                .hasMessageContaining("line 3, column A").hasMessageContaining("'2' is not 0 or 1");
    }

    @Test
    void rejectsNegativeOrFractionalCounts() {
        assertThatThrownBy(() -> read("A,B,count\n1,0,5\n0,1,-1\n"))
                .hasMessageContaining("line 3, column count").hasMessageContaining("'-1'");
        assertThatThrownBy(() -> read("A,B,count\n1,0,2.5\n"))
                .hasMessageContaining("'2.5' is not a whole number");
    }

    @Test
    void rejectsRaggedRowsDuplicateIdsAndUnknownStratumColumns() {
        assertThatThrownBy(() -> read("A,B,count\n1,0\n")).hasMessageContaining("line 2").hasMessageContaining("2 values");
        assertThatThrownBy(() -> read("id,A,B\nx,1,0\nx,0,1\n")).hasMessageContaining("id 'x' already appears on line 2");
        assertThatThrownBy(() -> readStratified("A,B,count\n1,0,1\n", "month"))
                .hasMessageContaining("no stratum column 'month'");
    }

    @Test
    void rejectsEmptyInputAndMissingFiles() {
        assertThatThrownBy(() -> read("")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> read("A,B,count\n")).hasMessageContaining("no data rows");
        assertThatThrownBy(() -> new CaptureCsvReader().read(Path.of("no/such/file.csv")))
                .hasMessageContaining("no such file");
    }

    @Test
    void theInputHashIsTheSha256OfTheBytes() {
        // SHA-256 of "A,B,count\n1,0,1\n0,1,1\n1,1,1\n", computed with sha256sum.
        CaptureData d = read("A,B,count\n1,0,1\n0,1,1\n1,1,1\n");
        assertThat(d.inputSha256()).isEqualTo("3e2348c53a6c14a0abb6251ed01be16f753dfcd7a4e4bb4eb9c14b8700a11d4b");
    }
}
