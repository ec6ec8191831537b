package org.vigil.link.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One person's name in Cyrillic and in the usual Latin transliterations gets one spelling key. */
class SpellingKeyTest {

    private static String key(String written) {
        return SpellingKey.of(Transliteration.toAscii(written));
    }

    @ParameterizedTest(name = "{0} ~ {1} ~ {2}")
    @CsvSource({
            // Cyrillic, BGN/PCGN, ICAO passport or ISO 9 / Kazakh Latin 2021
            "Тулетаева, Tuletayeva, Tuletaeva",
            "Жанар, Zhanar, Janar",
            "Хасанов, Khasanov, Hasanov",
            "Қайрат, Qairat, Kayrat",
            "Дмитрий, Dmitriy, Dmitrii",
            "Юлия, Yuliya, Iuliia",
            "Фёдор, Fyodor, Fedor",
            "Беляева, Belyayeva, Beliaeva",
            "Айгүл, Aigul, Ajgul",
            "Ержан, Yerzhan, Erjan",
            "Жанар, Zhanar, Zanar",
    })
    void spellingsOfOneNameShareAKey(String cyrillic, String first, String second) {
        assertThat(key(first)).isEqualTo(key(cyrillic));
        assertThat(key(second)).isEqualTo(key(cyrillic));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(key("Ivanov")).isNotEqualTo(key("Ivanova"));
        assertThat(key("Serik")).isNotEqualTo(key("Berik"));
        assertThat(key("Marat")).isNotEqualTo(key("Murat"));
    }

    @Test
    void kazakhLettersSelectTheKazakhTransliteration() {
        // Russian BGN leaves Kazakh letters unconverted; Kazakh BGN turns ң into ng and ө into o
        assertThat(Transliteration.toAscii("Жаңаөзен")).isEqualTo("zhangaozen");
        assertThat(Transliteration.toAscii("Қазақстан")).isEqualTo("qazaqstan");
        assertThat(Transliteration.toAscii("Тулетаева")).isEqualTo("tuletayeva");
        assertThat(Transliteration.toAscii("Roza  Tuletayeva")).isEqualTo("roza tuletayeva");
    }
}
