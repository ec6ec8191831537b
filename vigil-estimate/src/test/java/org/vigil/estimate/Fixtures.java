package org.vigil.estimate;

import org.vigil.estimate.data.CaptureHistory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reference capture histories used across tests (aggregated counts, no personal data). */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Kosovo 1999 killings, 4 lists, n = 4,400: R package LCMCR 0.4.14, dataset kosovo_aggregate
     * (GPL >= 2), after Ball et al. (2002). Counts by pattern 0001..1111 (EXH, ABA, OSCE, HRW).
     */
    public static CaptureHistory kosovo() {
        long[] counts = {0, 306, 936, 123, 845, 31, 217, 32, 1131, 106, 228, 42, 177, 18, 181, 27};
        return CaptureHistory.of(List.of("EXH", "ABA", "OSCE", "HRW"), counts);
    }

    /**
     * Snowshoe hares, 6 capture occasions, n = 68: R package Rcapture 1.4-4, dataset hare (GPL-2).
     * Counts by pattern 000001..111111.
     */
    public static CaptureHistory hare() {
        long[] counts = {0, 4, 4, 2, 3, 4, 1, 1, 5, 2, 0, 1, 0, 1, 0, 0, 6, 1, 3, 1, 3, 3, 0, 1, 0, 2, 0, 1, 0, 2, 0, 1,
            3, 1, 2, 0, 2, 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
        return CaptureHistory.of(List.of("c1", "c2", "c3", "c4", "c5", "c6"), counts);
    }

    /** The shared data directory (system property vigil.shared.dir); skips the test when absent. */
    public static Path sharedDir() {
        String dir = System.getProperty("vigil.shared.dir", "");
        Path path = Path.of(dir.isEmpty() ? "../../shared" : dir);
        assumeTrue(Files.isDirectory(path.resolve("data/estimation")),
                "shared data directory " + path + " absent: skipping this test");
        return path;
    }
}
