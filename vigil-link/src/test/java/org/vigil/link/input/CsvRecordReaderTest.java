package org.vigil.link.input;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.InvalidDataException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV input is read leniently where benchmarks need it and refused clearly where it is broken. */
class CsvRecordReaderTest {

    private static LinkInput read(String csv, List<String> ignore) {
        return new CsvRecordReader("id", Optional.empty(), List.of("NA"), ignore)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "people.csv", "people");
    }

    @Test
    void valuesAreTrimmedAndMissingMarkersDropped() {
        LinkInput in = read("id, name, born\na1, Roza Tuletaeva, NA\n", List.of());
        assertThat(in.records().get(0).value("name")).isEqualTo("Roza Tuletaeva");
        assertThat(in.records().get(0).values()).doesNotContainKey("born");
        assertThat(in.columns()).containsExactly("name", "born");
        assertThat(in.files().get(0).sha256()).hasSize(64);
    }

    @Test
    void ignoredColumnsAreNeverRead() {
        LinkInput in = read("id,name,ent_id\na1,Roza,7\n", List.of("ent_id"));
        assertThat(in.columns()).containsExactly("name");
        assertThat(in.records().get(0).values()).doesNotContainKey("ent_id");
    }

    @Test
    void aMissingIdColumnNamesTheColumnsThereAre() {
        assertThatThrownBy(() -> read("rec,name\n1,Roza\n", List.of()))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("people.csv:1")
                .hasMessageContaining("no id column 'id'")
                .hasMessageContaining("rec, name");
    }

    @Test
    void aDuplicateIdNamesBothLines() {
        assertThatThrownBy(() -> read("id,name\na1,Roza\na2,Aigul\na1,Marat\n", List.of()))
                .hasMessageContaining("people.csv:4")
                .hasMessageContaining("duplicate id 'a1', first seen on line 2");
    }

    @Test
    void brokenQuotingIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("id,name\na1,Roza\na2,\"Aigul \"x\" Omarova\"\n", List.of()))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("people.csv:3")
                .hasMessageContaining("broken CSV");
    }

    @Test
    void aRowWithTooManyValuesIsRefused() {
        assertThatThrownBy(() -> read("id,name\na1,Roza,extra\n", List.of()))
                .hasMessageContaining("people.csv:2")
                .hasMessageContaining("the row has 3 values but the header has 2 columns");
    }

    @Test
    void anEmptyIdIsRefused() {
        assertThatThrownBy(() -> read("id,name\n,Roza\n", List.of()))
                .hasMessageContaining("people.csv:2: id: the record has no id");
    }
}
