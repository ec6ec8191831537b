package org.vigil.link.internal.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates agree within the precision both sources give. */
class DateComparisonTest {

    private final DateComparison cmp = new DateComparison();

    private String level(String a, String b) {
        return cmp.levels().get(cmp.compare(cmp.prepare(List.of(a)).orElseThrow(), cmp.prepare(List.of(b)).orElseThrow()));
    }

    @Test
    void fullDatesInDifferentFormatsAreTheSameDay() {
        assertThat(level("12.03.1975", "1975-03-12")).isEqualTo("same day");
    }

    @Test
    void aYearAgreesWithAFullDateOnlyToTheYear() {
        assertThat(level("1975", "1975-03-12")).isEqualTo("agree to the year");
        assertThat(level("03.1975", "1975-03-12")).isEqualTo("agree to the month");
    }

    @Test
    void typosAndSwapsAreNearMisses() {
        assertThat(level("1975-03-12", "1975-03-13")).isEqualTo("one digit differs");
        assertThat(level("1975-03-12", "1975-12-03")).isEqualTo("day/month swapped or two of three parts agree");
        assertThat(level("1975-03-12", "1975-07-25")).isEqualTo("same year, month or day differs");
        assertThat(level("1975", "1980")).isEqualTo("different");
    }

    @Test
    void yearMonthAndDayColumnsAreOneDate() {
        Object a = cmp.prepare(List.of("1967", "9", "27")).orElseThrow();
        Object b = cmp.prepare(List.of("27.09.1967")).orElseThrow();
        assertThat(cmp.compare(a, b)).isZero();
    }
}
