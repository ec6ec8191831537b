package org.vigil.core.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrases as annual country entries write them; the year under review is 2012. */
class DatePhraseTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "late January | late 2012-01",
            "in late January | late 2012-01",
            "in March | 2012-03",
            "March | 2012-03",
            "24 July 2012 | 2012-07-24",
            "on 24 July 2012 | 2012-07-24",
            "December 2011 | 2011-12",
            "in December 2011 | 2011-12",
            "on 8 October | 2012-10-08",
            "8th October | 2012-10-08",
            "October 8, 2011 | 2011-10-08",
            "mid-2012 | mid 2012",
            "early 2011 | early 2011",
            "the end of March | late 2012-03",
            "at the beginning of June | early 2012-06",
            "in 2005 | 2005",
            "2012-11-21 | 2012-11-21",
            "Sept. 2010 | 2010-09"})
    void readsDatePhrases(String phrase, String expected) {
        assertThat(DatePhrase.parse(phrase, 2012)).hasValue(PartialDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kazakhstan", "31 February", "37 defendants", "may", "", "the 20th anniversary", "100 days"})
    void rejectsWhatIsNotADate(String phrase) {
        assertThat(DatePhrase.parse(phrase, 2012)).isEmpty();
    }
}
