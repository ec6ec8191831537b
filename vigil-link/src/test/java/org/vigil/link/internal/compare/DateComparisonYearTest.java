package org.vigil.link.internal.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year one off is a near miss only where a source gave the year alone (news "aged 48"), and levels
 * that say two dates disagree are the ones EM may not turn into evidence for a match (issue 17).
 */
class DateComparisonYearTest {

    private final DateComparison cmp = new DateComparison();

    private String level(String a, String b) {
        return cmp.levels().get(cmp.compare(cmp.prepare(List.of(a)).orElseThrow(), cmp.prepare(List.of(b)).orElseThrow()));
    }

    @Test
    void aYearOnlyOneOffAFullDateIsANearMiss() {
        assertThat(level("1976", "1975-02-07")).isEqualTo("years one apart, one a year only");
        assertThat(level("1974", "1975")).isEqualTo("years one apart, one a year only");
    }

    @Test
    void twoFullDatesInNeighbouringYearsDisagree() {
        assertThat(level("1976-08-20", "1975-02-07")).isEqualTo("different");
        assertThat(level("1977", "1975")).isEqualTo("different");
    }

    @Test
    void theContradictingLevelsAreSameYearOtherDayAndDifferent() {
        assertThat(cmp.contradicting()).extracting(l -> cmp.levels().get(l))
                .containsExactly("same year, month or day differs", "different");
    }
}
