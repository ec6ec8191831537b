package org.vigil.link.internal.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Court-style names with initials (issue 17): "Surname I. P.", "I. P. Surname", initials against full names. */
class CourtInitialsTest {

    private static final String INITIALS = "surname agrees, other names as initials";
    /** Two initials agreeing by chance are rarer than one: a level of their own (issue 17, second round). */
    private static final String TWO_INITIALS = "surname agrees, two or more initials agree";
    private final PersonNameComparison cmp = new PersonNameComparison();

    private String level(String a, String b) {
        Object x = cmp.prepare(List.of(a)).orElseThrow();
        Object y = cmp.prepare(List.of(b)).orElseThrow();
        return cmp.levels().get(cmp.compare(x, y));
    }

    private List<String> keys(String name, String transform) {
        return cmp.blockingKeys(cmp.prepare(List.of(name)).orElseThrow(), transform);
    }

    @Test
    void givenNameAndPatronymicInitialsAgreeWithTheFullKazakhName() {
        assertThat(level("Akhmetova D. Zh.", "Ахметова Динара Жаксылыковна")).isEqualTo(TWO_INITIALS);
        assertThat(level("D.Zh. Akhmetova", "Ахметова Динара Жаксылыққызы")).isEqualTo(TWO_INITIALS);
    }

    @Test
    void aPatronymicInitialThatContradictsTheFullPatronymicDoesNotCountAsInitialsAgreeing() {
        assertThat(level("Akhmetova D. B.", "Ахметова Динара Жаксылыковна")).isNotIn(INITIALS, TWO_INITIALS);
    }

    @Test
    void theSameInitialsInEitherOrderAgree() {
        assertThat(level("Semenov Y. I.", "Y. I. Semenov")).isEqualTo(TWO_INITIALS);
        assertThat(level("Semenov Y. I.", "SEMENOV Y.")).isEqualTo(INITIALS);
        assertThat(level("Semenov Y. I.", "Semenov B. I.")).isNotIn(INITIALS, TWO_INITIALS);
    }

    @Test
    void yStandsForTheIotatedVowelsOfCyrillic() {
        assertThat(level("Y. B. Kotov", "Котов Егор Борисович")).isEqualTo(TWO_INITIALS);
        assertThat(level("Turarova Y. U.", "Erkezhan Turarova")).isEqualTo(INITIALS);
    }

    @Test
    void givenNameAndPatronymicInitialsAgreeingAreALevelAboveOneInitial() {
        assertThat(level("Lebedev A.A.", "Лебедев Андрей Александрович")).isEqualTo(TWO_INITIALS);
        assertThat(level("Lebedev A.", "Лебедев Андрей Александрович")).isEqualTo(INITIALS);
        assertThat(level("SERGEYEVA L.", "LIUDMILA SERGEEVA")).isEqualTo(INITIALS);
        assertThat(cmp.levels().indexOf(TWO_INITIALS)).isLessThan(cmp.levels().indexOf(INITIALS));
    }

    @Test
    void surnameAndInitialBlockingLetsAnInitialsOnlyRecordMeetItsFullName() {
        List<String> court = keys("Akhmetova D. Z.", "surnameinitial");
        List<String> passport = keys("DINARA AKHMETOVA", "surnameinitial");
        assertThat(court).anyMatch(passport::contains);
        assertThat(keys("Akhmetova S.", "surnameinitial")).noneMatch(passport::contains);
    }
}
