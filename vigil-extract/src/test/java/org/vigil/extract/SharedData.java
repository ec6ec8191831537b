package org.vigil.extract;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared directory ({@code vigil.shared.dir}) with the seed report, its gold facts and the scorer. */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("vigil.shared.dir", "../../shared"));
        assumeTrue(Files.isDirectory(dir), "shared directory " + dir + " absent: skipping tests on the seed report");
        return dir;
    }

    static Path seed() {
        Path seed = dir().resolve("seeds/000_60bea08d2b5b342f.txt");
        assumeTrue(Files.isRegularFile(seed), "seed report " + seed + " absent: skipping");
        return seed;
    }

    static Path gold() {
        Path gold = dir().resolve("data/reports/kazakhstan-2012.gold.json");
        assumeTrue(Files.isRegularFile(gold), "gold facts " + gold + " absent: skipping");
        return gold;
    }

    static Path scorer() {
        Path scorer = dir().resolve("tools/score_extraction.py");
        assumeTrue(Files.isRegularFile(scorer), "scorer " + scorer + " absent: skipping");
        return scorer;
    }
}
