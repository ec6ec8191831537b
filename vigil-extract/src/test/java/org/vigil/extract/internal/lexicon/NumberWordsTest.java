package org.vigil.extract.internal.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** English numbers in digits and words, as reports write them. */
class NumberWordsTest {

    @Test
    void wordsDigitsAndHalves() {
        assertThat(NumberWords.parse("twenty-eight")).hasValue(28);
        assertThat(NumberWords.parse("one hundred and five")).hasValue(105);
        assertThat(NumberWords.parse("two thousand")).hasValue(2000);
        assertThat(NumberWords.parse("1,200")).hasValue(1200);
        assertThat(NumberWords.parse("seven-and-a-half")).hasValue(7.5);
        assertThat(NumberWords.parse("two and a half")).hasValue(2.5);
        assertThat(NumberWords.parse("a dozen")).hasValue(12);
    }

    @Test
    void notNumbers() {
        assertThat(NumberWords.parse("several")).isEmpty();
        assertThat(NumberWords.parse("many")).isEmpty();
        assertThat(NumberWords.parseWhole("seven-and-a-half")).isEmpty();
    }
}
