package org.vigil.core.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every CSV in Vigil is read this one way; problems name the file and line. */
class CsvTableTest {

    private static CsvTable read(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), "people.csv");
    }

    @Test
    void aHeaderAndRowsWithTheirLines() {
        CsvTable table = read("id,name\n1,Roza\n\n2,\"Tuletayeva, R.\"\n");
        assertThat(table.header()).containsExactly("id", "name");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 4L);
        assertThat(table.rows().get(1).get(1)).isEqualTo("Tuletayeva, R.");
        assertThat(table.column("NAME")).contains(1);
    }

    @Test
    void theLastRowWithoutALineBreakKeepsItsLine() {
        assertThat(read("id\n1\n2").rows()).extracting(CsvRow::line).containsExactly(2L, 3L);
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsIgnored() {
        assertThat(read("\uFEFFid,name\n1,Roza\n").header()).containsExactly("id", "name");
    }

    @Test
    void textInAnotherEncodingIsRefusedWithItsLine() {
        byte[] latin1 = "id,name\n1,Ro\u017Ea\n2,Gül\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvTable.read(latin1, "people.csv"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("people.csv line 3").hasMessageContaining("not UTF-8");
    }

    @Test
    void aRowOfTheWrongWidthNamesItsLine() {
        assertThatThrownBy(() -> read("id,name\n1,Roza\n2,Aigerim,extra\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("people.csv line 3: 3 values but the header names 2 columns");
    }

    @Test
    void blankAndRepeatedColumnNamesAreRefused() {
        assertThatThrownBy(() -> read("id,,name\n")).hasMessageContaining("line 1, column 2: blank column name");
        assertThatThrownBy(() -> read("id,Name,name\n")).hasMessageContaining("column name: the column name appears twice");
        assertThatThrownBy(() -> read("")).hasMessageContaining("people.csv: the file is empty");
    }

    @Test
    void brokenQuotingIsRefused() {
        assertThatThrownBy(() -> read("id,name\n1,\"Roza\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("malformed CSV");
    }
}
