package org.vigil.extract.internal.dates;

import org.junit.jupiter.api.Test;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Date phrases of event narratives, anchored to the year under review. */
class DateFinderTest {

    private static List<String> dates(String sentence) {
        return DateFinder.find(sentence, OptionalInt.of(2015), Optional.of(PartialDate.ofDay(2015, 4, 30))).stream()
                .map(d -> d.date().toString()).toList();
    }

    @Test
    void phrasesOfEveryPrecision() {
        assertThat(dates("He was arrested on 8 October and freed in late November.")).containsExactly("2015-10-08", "late 2015-11");
        assertThat(dates("The law of December 2011 came into force in 2013.")).containsExactly("2011-12", "2013");
        assertThat(dates("She was detained on March 3, 2014.")).containsExactly("2014-03-03");
        assertThat(dates("Protests began in mid-2014.")).containsExactly("mid 2014");
    }

    @Test
    void theSameDayAndTheNextDayReferToTheLastFullDate() {
        assertThat(dates("On the same day, police raided the office.")).containsExactly("2015-04-30");
        assertThat(dates("The next day he was charged.")).containsExactly("2015-05-01");
    }

    @Test
    void datesThatAreNotEvents() {
        assertThat(dates("The 2011 strikes were covered by the press.")).isEmpty();
        assertThat(dates("Amnesty International Report 2016 was published.")).isEmpty();
        assertThat(dates("Officials said they may appeal. March organizers were warned.")).isEmpty();
        assertThat(dates("He was held for 100 days after his arrest.")).isEmpty();
    }
}
