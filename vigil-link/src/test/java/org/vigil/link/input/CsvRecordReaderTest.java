package org.vigil.link.input;

import org.junit.jupiter.api.Test;
import org.vigil.core.io.BadInputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV input is read leniently where benchmarks need it and refused clearly where it is broken. */
class CsvRecordReaderTest {

    private static LinkInput read(byte[] bytes) {
        return new CsvRecordReader("id", Optional.empty(), List.of("NA"), List.of())
                .read(new ByteArrayInputStream(bytes), "people.csv", "people");
    }

    @Test
    void aByteOrderMarkIsIgnoredLikeEverywhereElseInVigil() {
        byte[] csv = "\uFEFFid,name\na1,Roza\n".getBytes(StandardCharsets.UTF_8);
        LinkInput in = read(csv);
        assertThat(in.records().get(0).id()).isEqualTo("a1");
        assertThat(in.columns()).containsExactly("name");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() {
        byte[] csv = "id,name\na1,Roza\na2,\u0420\u043e\u0437\u0430\n".getBytes(Charset.forName("windows-1251"));
        assertThatThrownBy(() -> read(csv))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("people.csv line 3")
                .hasMessageContaining("not UTF-8");
    }

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
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("people.csv line 1, column id")
                .hasMessageContaining("no id column 'id'")
                .hasMessageContaining("rec, name");
    }

    @Test
    void aDuplicateIdNamesBothLines() {
        assertThatThrownBy(() -> read("id,name\na1,Roza\na2,Aigul\na1,Marat\n", List.of()))
                .hasMessageContaining("people.csv line 4, column id")
                .hasMessageContaining("duplicate id 'a1', first seen on line 2");
    }

    @Test
    void brokenQuotingIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("id,name\na1,Roza\na2,\"Aigul \"x\" Omarova\"\n", List.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("people.csv line 3")
                .hasMessageContaining("broken CSV");
    }

    @Test
    void aRowWithTooManyValuesIsRefused() {
        assertThatThrownBy(() -> read("id,name\na1,Roza,extra\n", List.of()))
                .hasMessageContaining("people.csv line 2")
                .hasMessageContaining("3 values but the header names 2 columns");
    }

    @Test
    void anEmptyIdIsRefused() {
        assertThatThrownBy(() -> read("id,name\n,Roza\n", List.of()))
                .hasMessageContaining("people.csv line 2, column id: the record has no id");
    }
}
