package org.vigil.app.web.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates typed into a filter: numbers or words, and an error for anything else. */
class DateFilterTest {

    @Test
    void wordsReadAsThePartialDateTheySay() {
        DateFilter late = DateFilter.read("late January 2012");
        assertThat(late.error()).isEmpty();
        assertThat(late.first()).contains(LocalDate.of(2012, 1, 21));
        assertThat(late.last()).contains(LocalDate.of(2012, 1, 31));
        assertThat(DateFilter.read("8 march 2012").first()).contains(LocalDate.of(2012, 3, 8));
        assertThat(DateFilter.read("2012-03").last()).contains(LocalDate.of(2012, 3, 31));
    }

    @Test
    void aBlankFieldIsNoBoundAndNoError() {
        assertThat(DateFilter.read("  ")).isEqualTo(new DateFilter("", Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2012-13", "late January", "whenever", "31 February 2012"})
    void whatIsNotADateIsAnErrorNamingIt(String text) {
        DateFilter f = DateFilter.read(text);
        assertThat(f.date()).isEmpty();
        assertThat(f.error()).hasValueSatisfying(e -> assertThat(e).startsWith("“" + text + "” is not a date"));
    }
}
