package org.vigil.core.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Names of any script in lower-case ASCII, with the table chosen by language. */
class TransliterationTest {

    @Test
    void kazakhLettersSelectTheKazakhTableAndRussianTheRussianOne() {
        // Russian BGN leaves Kazakh letters as they are; Kazakh BGN writes ң as ng and ө as o.
        assertThat(Transliteration.toAscii("Жаңаөзен")).isEqualTo("zhangaozen");
        assertThat(Transliteration.toAscii("Қазақстан")).isEqualTo("qazaqstan");
        assertThat(Transliteration.toAscii("Тулетаева")).isEqualTo("tuletayeva");
    }

    @Test
    void turkicLatinLettersBecomeTheirDigraphs() {
        assertThat(Transliteration.toAscii("Şymkent")).isEqualTo("shymkent");
        assertThat(Transliteration.toAscii("Öskemen")).isEqualTo("oskemen");
    }

    @Test
    void wordsAreSeparatedBySingleSpacesAndMarksDropped() {
        assertThat(Transliteration.toAscii("Roza  Tuletayeva")).isEqualTo("roza tuletayeva");
        assertThat(Transliteration.toAscii("O'Brien-Smith, J.")).isEqualTo("obrien smith j");
        assertThat(Transliteration.toAscii("Наталья")).isEqualTo("natalya");
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
        // ICU documents transliterators as stateless: no lock, and no mixed-up output under contention.
        String[] names = {"Тулетаева", "Жаңаөзен", "Щербаков", "Ильяс", "Өскемен", "Фёдор", "Айгүл", "Юлия"};
        String[] expected = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            expected[i] = Transliteration.toAscii(names[i]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 2_000; k++) {
                        int i = (k + offset) % names.length;
                        // A fresh string each time, so the cache does not answer.
                        if (!Transliteration.toAscii(names[i] + " " + k).equals(expected[i] + " " + k)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
