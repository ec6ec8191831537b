package org.vigil.core.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void textFormKeepsTheStatedPrecision() {
        assertThat(PartialDate.parse("2012").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2011-12").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2012-07-24").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("late 2012-01").part()).isEqualTo(DatePart.LATE);
        for (String s : List.of("2012", "2011-12", "2012-07-24", "late 2012-01", "early 2011", "mid 2012-06")) {
            assertThat(PartialDate.parse(s).toString()).isEqualTo(s);
        }
    }

    @Test
    void impossibleDatesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> PartialDate.parse("2012-02-30")).hasMessageContaining("does not exist")
                .hasMessageContaining("29 days");
        assertThatThrownBy(() -> PartialDate.parse("2011-02-29")).hasMessageContaining("28 days");
        assertThatThrownBy(() -> PartialDate.parse("2012-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> PartialDate.parse("2012-00")).hasMessageContaining("month 00");
        assertThatThrownBy(() -> PartialDate.parse("12-01-2012")).hasMessageContaining("not a partial date");
        assertThatThrownBy(() -> PartialDate.parse("late 2012-01-05")).hasMessageContaining("cannot narrow");
        assertThatThrownBy(() -> PartialDate.ofYear(999)).hasMessageContaining("out of range");
    }

    @Test
    void aPartialDateDenotesAnIntervalOfDays() {
        assertThat(PartialDate.parse("2012").earliest()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(PartialDate.parse("2012").latest()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(PartialDate.parse("2012-02").latest()).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(PartialDate.parse("late 2012-01").earliest()).isEqualTo(LocalDate.of(2012, 1, 21));
        assertThat(PartialDate.parse("late 2012-01").latest()).isEqualTo(LocalDate.of(2012, 1, 31));
        assertThat(PartialDate.parse("early 2012-03").latest()).isEqualTo(LocalDate.of(2012, 3, 10));
        assertThat(PartialDate.parse("mid 2012").earliest()).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(PartialDate.parse("late 2012").earliest()).isEqualTo(LocalDate.of(2012, 9, 1));
    }

    @Test
    void theMidpointPlacesAnImpreciseDateInTheMiddleOfItsSpan() {
        assertThat(PartialDate.parse("2012").midpoint()).isEqualTo(LocalDate.of(2012, 7, 1));
        assertThat(PartialDate.parse("late 2012-01").midpoint()).isEqualTo(LocalDate.of(2012, 1, 26));
        assertThat(PartialDate.parse("2012-07-24").midpoint()).isEqualTo(LocalDate.of(2012, 7, 24));
    }

    @Test
    void overlapRespectsPrecision() {
        PartialDate january = PartialDate.parse("2012-01");
        assertThat(PartialDate.parse("2012-01-23").overlaps(january)).isTrue();
        assertThat(PartialDate.parse("2012-01-23").isWithin(january)).isTrue();
        assertThat(PartialDate.parse("2012").overlaps(january)).isTrue();
        assertThat(PartialDate.parse("late 2012-01").overlaps(PartialDate.parse("2012-01-05"))).isFalse();
        assertThat(PartialDate.parse("2011-12").overlaps(january)).isFalse();
        assertThat(PartialDate.parse("2011-12-16").isCertainlyBefore(january)).isTrue();
        // A year is not certainly before a month inside it.
        assertThat(PartialDate.parse("2012").isCertainlyBefore(PartialDate.parse("2012-03"))).isFalse();
    }

    @Test
    void orderingIsByEarliestThenLatestDay() {
        List<PartialDate> sorted = Stream.of("2012-03", "2012", "2011-12-16", "late 2012-01", "2012-01-23", "2005")
                .map(PartialDate::parse).sorted().toList();
        assertThat(sorted).extracting(PartialDate::toString)
                .containsExactly("2005", "2011-12-16", "2012", "late 2012-01", "2012-01-23", "2012-03");
    }

    @Test
    void englishFormReadsLikeAReport() {
        assertThat(PartialDate.parse("late 2012-01").toEnglish()).isEqualTo("late January 2012");
        assertThat(PartialDate.parse("2012-07-24").toEnglish()).isEqualTo("24 July 2012");
        assertThat(PartialDate.parse("mid 2012").toEnglish()).isEqualTo("mid-2012");
        assertThat(PartialDate.parse("late 2012-01").isoText()).isEqualTo("2012-01");
    }
}
