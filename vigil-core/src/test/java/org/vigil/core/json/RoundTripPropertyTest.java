package org.vigil.core.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.testing.RandomDatasets;
import org.vigil.core.vocab.Vocabularies;

import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: export → import → export gives identical bytes, whatever the text, dates and counts.
 * Each case is a random data set reproducible from its seed (shown in the test name).
 */
class RoundTripPropertyTest {

    private final DatasetValidator validator = new DatasetValidator(Vocabularies.builtIn());

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jsonRoundTripIsLossless(long seed) {
        Dataset dataset = new RandomDatasets(seed).dataset();
        String first = DatasetJson.write(dataset);
        Dataset back = DatasetJson.read(first, "export.json", validator);
        assertThat(back).isEqualTo(dataset.sortedById());
        assertThat(DatasetJson.write(back)).isEqualTo(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void csvRoundTripIsLossless(long seed) {
        Dataset dataset = new RandomDatasets(seed).dataset();
        String first = DatasetCsv.write(dataset);
        Dataset back = DatasetCsv.read(first, "export.csv", validator, id -> Optional.empty());
        assertThat(back).isEqualTo(dataset.sortedById());
        assertThat(DatasetCsv.write(back)).isEqualTo(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void singleRecordJsonIsCanonical(long seed) {
        new RandomDatasets(seed).dataset().all().forEach(r -> {
            String json = VigilJson.write(r);
            assertThat(VigilJson.read(json)).isEqualTo(r);
            assertThat(VigilJson.write(VigilJson.read(json))).isEqualTo(json);
        });
    }
}
