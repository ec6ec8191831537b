package org.vigil.link.internal.normalise;

import org.junit.jupiter.api.Test;
import org.vigil.core.text.NameSkeleton;

import static org.assertj.core.api.Assertions.assertThat;

/** Names are split into words, initials and patronymic whatever the source's conventions. */
class PersonNameParserTest {

    @Test
    void aRussianListEntryHasSurnameGivenNameAndPatronymic() {
        ParsedName n = PersonNameParser.parse("Тулетаева Роза Ивановна");
        assertThat(n.words()).containsExactly("tuletayeva", "roza");
        assertThat(n.patronymic()).isEqualTo(NameSkeleton.ofAsciiWord("ivan"));
    }

    @Test
    void aCourtRecordWithInitialsKeepsTheInitialAndDropsTheBirthNote() {
        ParsedName n = PersonNameParser.parse("R. Tuletaeva, born 1975");
        assertThat(n.words()).containsExactly("tuletaeva");
        assertThat(n.initials()).containsExactly("r");
    }

    @Test
    void aKazakhPatronymicWrittenAsTwoWordsIsRecognised() {
        ParsedName n = PersonNameParser.parse("Mr Serik Nurlan uly Abenov");
        assertThat(n.words()).containsExactly("serik", "abenov");
        assertThat(n.patronymic()).isEqualTo(NameSkeleton.ofAsciiWord("nurlan"));
    }

    @Test
    void kazakhAndRussianPatronymicsOfOneFatherAgree() {
        assertThat(PersonNameParser.parse("Нұрланұлы Серік").patronymic())
                .isEqualTo(PersonNameParser.parse("Serik Nurlanovich").patronymic());
    }

    @Test
    void aSingleLetterThatLooksLikeABirthAbbreviationIsStillAnInitial() {
        assertThat(PersonNameParser.parse("B. Ivanov").initials()).containsExactly("b");
    }

    @Test
    void wordOrderDoesNotChangeTheFrequencyKey() {
        assertThat(PersonNameParser.parse("Roza Tuletayeva").frequencyKey())
                .isEqualTo(PersonNameParser.parse("Тулетаева Роза").frequencyKey());
        assertThat(PersonNameParser.parse("Roza Tuletayeva").keys()).hasSize(2);
        assertThat(PersonNameParser.parse("Dr. Aigul Omarova").words()).containsExactly("aigul", "omarova");
    }
}
