package org.vigil.core.dataset;

import org.junit.jupiter.api.Test;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Record;
import org.vigil.core.vocab.Vocabularies;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text values have a size limit, checked with every other rule of a record (security round two: a 20 MB
 * name was accepted and made every list page 20 MB): 1,000 characters for names, titles and other short
 * fields, 200,000 for descriptions, testimony and notes, counted in Unicode code points.
 */
class TextLimitsTest {

    private final DatasetValidator validator = new DatasetValidator(Vocabularies.builtIn());

    private List<Violation> person(String name, String occupation) {
        Record p = (Record) VigilJson.read("{\"type\":\"person\",\"id\":\"per-long\",\"kind\":\"individual\","
                + "\"names\":[{\"value\":\"" + name + "\"}],\"occupation\":\"" + occupation + "\"}");
        return validator.validate(Dataset.of(List.of(p)));
    }

    private List<Violation> source(String text) {
        Record s = (Record) VigilJson.read("{\"type\":\"source\",\"id\":\"src-long\",\"kind\":\"testimony\","
                + "\"title\":\"Interview\",\"text\":\"" + text + "\"}");
        return validator.validate(Dataset.of(List.of(s)));
    }

    @Test
    void aNameOfAThousandCharactersIsAcceptedAndOneMoreIsNot() {
        assertThat(person("a".repeat(1_000), "teacher")).isEmpty();
        List<Violation> v = person("a".repeat(1_001), "teacher");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("names[0].value");
            assertThat(x.rule()).isEqualTo("too-long");
            assertThat(x.message()).isEqualTo("names[0].value is longer than 1,000 characters: shorten it "
                    + "(a longer text belongs in a description or note)");
        });
        assertThat(person("Asel", "b".repeat(1_001))).extracting(Violation::field).containsExactly("occupation");
    }

    @Test
    void longTextMayHoldTwoHundredThousandCharacters() {
        assertThat(source("t".repeat(200_000))).isEmpty();
        assertThat(source("t".repeat(200_001))).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("text");
            assertThat(x.message()).contains("longer than 200,000 characters").contains("attached file");
        });
    }

    @Test
    void charactersAreCodePointsNotJavaChars() {
        // U+1F4F7 (camera) is one code point, two UTF-16 chars: a thousand of them is a thousand characters.
        assertThat(person("\uD83D\uDCF7".repeat(1_000), "teacher")).isEmpty();
        assertThat(person("\uD83D\uDCF7".repeat(1_001), "teacher")).hasSize(1);
    }
}
