package org.vigil.link.internal.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The allocation-free string similarities agree with the published values and with commons-text. */
class StringSimilarityTest {

    @Test
    void jaroWinklerMatchesWinklersExamples() {
        // Winkler (1990) / Cohen, Ravikumar and Fienberg (2003): MARTHA-MARHTA 0.961, DIXON-DICKSONX 0.813,
        // DWAYNE-DUANE 0.840, to the three decimals published
        assertThat(StringSimilarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.0005));
        assertThat(StringSimilarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.0005));
        assertThat(StringSimilarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.0005));
    }

    @Test
    void jaroWinklerAgreesWithCommonsText() {
        // reference: Apache commons-text 1.15.0 JaroWinklerSimilarity, tolerance 1e-12
        JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
        String[][] pairs = {{"tuletayeva", "tuletaeva"}, {"mueller", "muller"}, {"abc", "xyz"},
                {"schmidt", "schmitt"}, {"a", "a"}, {"nurlan", "nurlanov"}, {"kairat", "qairat"}};
        for (String[] p : pairs) {
            assertThat(StringSimilarity.jaroWinkler(p[0], p[1])).as("%s/%s", p[0], p[1])
                    .isCloseTo(reference.apply(p[0], p[1]), within(1e-12));
        }
    }

    @Test
    void editDistanceCountsATranspositionAsOneEditAndStopsAtTheLimit() {
        assertThat(StringSimilarity.editDistance("1804974", "1809474", 2)).isEqualTo(1);
        assertThat(StringSimilarity.editDistance("mueller", "muller", 2)).isEqualTo(1);
        assertThat(StringSimilarity.editDistance("ivanov", "petrov", 2)).isEqualTo(3);
        assertThat(StringSimilarity.editDistance("", "abc", 5)).isEqualTo(3);
    }
}
