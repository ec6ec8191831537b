package org.vigil.extract.bench;

import org.vigil.extract.ExtractionSettings;
import org.vigil.extract.ReportExtractor;
import org.vigil.extract.input.ReportDocument;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput and peak heap of extraction on one thread (one core), after warm-up. Run with
 * {@code ./mvnw -q -B -pl vigil-extract -am -Pbench verify}; the figures go to docs/benchmarks/extract.md.
 *
 * <p>Corpus: the four example entries of src/test/resources/examples and, when the shared directory is
 * given as the first argument, the seed report. Scenarios: many report-sized documents read one by one
 * (the usual case), one large document made by concatenating them (layout, names and merging over a long
 * text), and the seed entry alone (a dense real entry), each about 4 MiB per round.
 */
public final class ThroughputBench {

    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 5;
    private static final long TARGET_BYTES = 4L * 1024 * 1024;

    private ThroughputBench() {
    }

    /** Runs both scenarios and prints the figures. */
    public static void main(String[] args) throws IOException {
        List<String> entries = new ArrayList<>();
        String seedText = null;
        for (String name : List.of("azerbaijan", "egypt", "belarus", "vietnam")) {
            try (InputStream in = ThroughputBench.class.getResourceAsStream("/examples/" + name + ".txt")) {
                entries.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (args.length > 0) {
            Path seed = Path.of(args[0], "seeds", "000_60bea08d2b5b342f.txt");
            if (Files.isRegularFile(seed)) {
                seedText = Files.readString(seed, StandardCharsets.UTF_8);
                entries.add(seedText);
            }
        }
        List<ReportDocument> docs = new ArrayList<>();
        long bytes = 0;
        StringBuilder big = new StringBuilder();
        for (int i = 0; bytes < TARGET_BYTES; i++) {
            String text = entries.get(i % entries.size());
            docs.add(ReportDocument.ofText("entry-" + i, text));
            big.append(text).append("\n\n");
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        ReportDocument oneBig = ReportDocument.ofText("concatenated", big.toString());
        ReportExtractor extractor = new ReportExtractor();
        ExtractionSettings settings = ExtractionSettings.defaults().withEventsYear(2012);

        System.out.printf(Locale.ROOT, "corpus: %d entries (%d distinct), %.2f MiB UTF-8; JVM %s, %d processors, max heap %d MiB%n",
                docs.size(), entries.size(), bytes / 1048576.0, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        report("many entries, one by one", bytes, () -> docs.forEach(d -> extractor.extract(d, settings)));
        report("one concatenated document", bytes, () -> extractor.extract(oneBig, settings));
        if (seedText != null) {
            ReportDocument seedDoc = ReportDocument.ofText("seed", seedText);
            int copies = (int) (TARGET_BYTES / seedText.getBytes(StandardCharsets.UTF_8).length);
            long seedBytes = (long) copies * seedText.getBytes(StandardCharsets.UTF_8).length;
            report("the seed entry alone", seedBytes, () -> {
                for (int i = 0; i < copies; i++) {
                    extractor.extract(seedDoc, ExtractionSettings.defaults());
                }
            });
        }
    }

    private static void report(String scenario, long bytes, Runnable work) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            work.run();
        }
        System.gc();
        resetPeaks();
        double[] rates = new double[MEASURED_ROUNDS];
        double[] wall = new double[MEASURED_ROUNDS];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            // Throughput per core = bytes per CPU-second of this thread: the 2 cores are shared with other
            // builds, so wall-clock time measures the neighbours as much as the code.
            rates[i] = bytes / 1048576.0 / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            wall[i] = bytes / 1048576.0 / ((System.nanoTime() - t0) / 1e9);
        }
        double mean = 0;
        for (double r : rates) {
            mean += r;
        }
        mean /= rates.length;
        double var = 0;
        for (double r : rates) {
            var += (r - mean) * (r - mean);
        }
        double sd = Math.sqrt(var / (rates.length - 1));
        double min = java.util.Arrays.stream(rates).min().orElse(0);
        double wallMean = java.util.Arrays.stream(wall).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-28s %.2f MiB per CPU-second ± %.2f (sd of %d rounds, min %.2f); wall clock %.2f MiB/s;"
                + " peak heap %d MiB%n", scenario, mean, sd, MEASURED_ROUNDS, min, wallMean, peakHeapMiB());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
