package org.vigil.core.provenance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One shape of provenance for every engine. */
class ProvenanceTest {

    @Test
    void settingsAreKeptInNameOrderAndTheRunningVersionIsRecorded() {
        Provenance p = Provenance.of("lcmcr", Map.of("sweeps", 1000, "burnIn", 100), 42,
                List.of(InputDigest.of("lists.csv", "abc".getBytes())));
        assertThat(p.settings().keySet()).containsExactly("burnIn", "sweeps");
        assertThat(p.inputs().get(0).sha256()).startsWith("ba7816bf");
        assertThat(p.vigilVersion()).isEqualTo(VigilVersion.current());
    }

    @Test
    void theVersionComesFromTheBuild() {
        // Maven filters version.properties when it builds the module; tests run on those built classes.
        assertThat(VigilVersion.current()).isNotBlank().doesNotContain("${").isNotEqualTo("development");
    }
}
