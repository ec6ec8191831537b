package org.vigil.link.internal.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole names compare across scripts, orders, initials and patronymics (issue 5's example). */
class PersonNameComparisonTest {

    private final PersonNameComparison cmp = new PersonNameComparison();

    private String level(String a, String b) {
        Object x = cmp.prepare(List.of(a)).orElseThrow();
        Object y = cmp.prepare(List.of(b)).orElseThrow();
        return cmp.levels().get(cmp.compare(x, y));
    }

    @Test
    void theSameNameInCyrillicAndLatinInEitherOrderAgrees() {
        assertThat(level("Тулетаева Роза", "Roza Tuletayeva")).isEqualTo("same words and patronymic");
    }

    @Test
    void aPatronymicOnOneSideOnlyStillAgrees() {
        assertThat(level("Тулетаева Роза Ивановна", "Roza Tuletaeva")).isEqualTo("same words, order or patronymic may differ");
    }

    @Test
    void anInitialAgreesWithTheGivenName() {
        assertThat(level("R. Tuletaeva", "Тулетаева Роза")).isEqualTo("surname agrees, other names as initials");
    }

    @Test
    void aTypoLeavesTheNamesSimilar() {
        assertThat(level("Roza Tuletaeva", "Roza Tuletaeba")).isEqualTo("same words with spelling variants");
    }

    @Test
    void differentPatronymicsAreConflictingEvidence() {
        assertThat(level("Иванов Сергей Петрович", "Ivanov Sergey Nikolayevich")).isEqualTo("one word agrees, others differ");
    }

    @Test
    void differentPeopleAreDifferent() {
        assertThat(level("Омаров Нурлан", "Aigul Seitova")).isEqualTo("different");
    }

    @Test
    void aNameOfOnlyTitlesIsMissing() {
        assertThat(cmp.prepare(List.of("   "))).isEmpty();
    }
}
