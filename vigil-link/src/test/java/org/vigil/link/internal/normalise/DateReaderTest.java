package org.vigil.link.internal.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates are read in the forms sources write them, keeping only the precision given. */
class DateReaderTest {

    @ParameterizedTest(name = "''{0}'' is {1}-{2}-{3}")
    @CsvSource(delimiter = '|', value = {
            "1975-03-12|1975|3|12", "19750312|1975|3|12", "12.03.1975|1975|3|12", "12/03/1975|1975|3|12",
            "03.1975|1975|3|0", "1975-03|1975|3|0", "1975|1975|0|0", "March 1975|1975|3|0",
            "12 марта 1975|1975|3|12", "born 1975|1975|0|0", "1975 г.р.|1975|0|0",
            "12-Mar-1975|1975|3|12", "March 12, 1975|1975|3|12", "Mar 2nd 1975|1975|3|2", "12 Mar 1975|1975|3|12"})
    void readsTheCommonForms(String text, int year, int month, int day) {
        FuzzyDate d = DateReader.read(text).orElseThrow();
        assertThat(List.of(d.year(), d.month(), d.day())).containsExactly(year, month, day);
    }

    @Test
    void aCorruptMonthIsNotACalendarMonthButItsDigitsAreKept() {
        FuzzyDate d = DateReader.read("19561331").orElseThrow();
        assertThat(d.month()).isZero();
        assertThat(d.digits()).isEqualTo("19561331");
    }

    @Test
    void separateColumnsMakeOneDateAndABlankYearMakesNone() {
        assertThat(DateReader.readParts(List.of("1967", "9", "27")).orElseThrow().digits()).isEqualTo("19670927");
        assertThat(DateReader.readParts(List.of("", "9", "27"))).isEmpty();
        assertThat(DateReader.read("unknown")).isEmpty();
    }
}
