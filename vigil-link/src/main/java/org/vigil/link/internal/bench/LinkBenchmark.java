package org.vigil.link.internal.bench;

import org.vigil.core.run.Progress;
import org.vigil.link.LinkageResult;
import org.vigil.link.Linker;
import org.vigil.link.block.BlockingFit;
import org.vigil.link.generate.GeneratedRecord;
import org.vigil.link.generate.KazakhRussianGenerator;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsReader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks that are too slow for the default build, printing their numbers:
 * <ul>
 *   <li>{@code generate N SEED FILE}: writes a generated Kazakh/Russian set of N persons;</li>
 *   <li>{@code scale N}: links N generated records (about N/2.2 persons) and prints time and heap;</li>
 *   <li>{@code incremental N}: links N records, then adds 1% new ones incrementally, and compares.</li>
 * </ul>
 * Run through the {@code bench} Maven profile (see docs/benchmarks/link.md).
 */
public final class LinkBenchmark {

    private LinkBenchmark() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: LinkBenchmark generate PERSONS SEED FILE | scale RECORDS | incremental RECORDS | count RECORDS");
            System.exit(2);
        }
        switch (args[0]) {
            case "generate":
                generate(Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
                break;
            case "scale":
                scale(Integer.parseInt(args[1]));
                break;
            case "incremental":
                incremental(Integer.parseInt(args[1]));
                break;
            case "count":
                count(Integer.parseInt(args[1]));
                break;
            case "inferred":
                inferred(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
                break;
            case "write":
                write(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]), Path.of(args[4]));
                break;
            default:
                System.err.println("unknown benchmark " + args[0]);
                System.exit(2);
        }
    }

    /** A generated set by name: people-dev, people-test (issue 17's list shape), court-dev, court-test. */
    static org.vigil.link.internal.generate.GeneratedSet set(String name, int persons, long seed) {
        switch (name) {
            case "people-dev":
                return org.vigil.link.internal.generate.PeopleListGenerator.generate(persons, seed);
            case "people-test":
                return org.vigil.link.internal.generate.HeldOutPeopleGenerator.generate(persons, seed);
            case "court-test":
                return org.vigil.link.internal.generate.HeldOutCourtGenerator.generate(persons, seed);
            case "court-dev":
                return org.vigil.link.internal.generate.CourtRecordsGenerator.generate(persons, seed);
            default:
                throw new IllegalArgumentException("unknown generated set " + name
                        + ": use people-dev, people-test, court-dev or court-test");
        }
    }

    /**
     * Links a generated set as a new user would: settings inferred from the columns and the blocking
     * fitted to the default budget (20 pairs per record), then prints time, heap and pairwise F1.
     */
    private static void inferred(String name, int persons, long seed) {
        org.vigil.link.internal.generate.GeneratedSet set = set(name, persons, seed);
        Map<String, String> truth = set.truth();
        LinkInput input = set.toInput();
        set = null;
        System.gc();
        printMachine();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        MemoryWatch watch = new MemoryWatch();
        LinkSettings settings = org.vigil.link.settings.SettingsInference.infer(input).settings();
        Linker linker = new Linker(settings);
        var fitted = linker.fitBlocking(input,
                (long) BlockingFit.PAIRS_PER_RECORD * input.records().size());
        fitted.changes().forEach(c -> System.err.println("blocking budget: " + c));
        LinkageResult result = linker.withBlocking(fitted.settings()).link(input,
                org.vigil.link.state.LinkageState.empty(), timed(start));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        watch.stop();
        System.out.printf("inferred %s: %d records -> %d clusters (true persons %d) in %.1f s wall, %.1f s CPU; peak "
                        + "heap used %.2f GiB; %d candidate pairs; pairwise F1 %.4f%n", name, input.records().size(),
                result.clusterCount(), new java.util.HashSet<>(truth.values()).size(), seconds, cpu, watch.peakGiB(),
                result.model().candidatePairs(), pairwiseF1(result, truth));
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private static void write(String name, int persons, long seed, Path file) throws IOException {
        org.vigil.link.internal.generate.GeneratedSet set = set(name, persons, seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            set.writeCsv(w);
        }
        System.out.println(set.size() + " records of " + persons + " persons (" + name + ", seed " + seed
                + ") written to " + file);
    }

    private static void generate(int persons, long seed, Path file) throws IOException {
        List<GeneratedRecord> records = KazakhRussianGenerator.generate(persons, seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            KazakhRussianGenerator.writeCsv(records, w);
        }
        System.out.println(records.size() + " records of " + persons + " persons written to " + file);
    }

    /** The settings shipped for the generated set. */
    static LinkSettings settings() throws IOException {
        Path shipped = Path.of("examples/linkage/kazakh_russian.json");
        if (!Files.exists(shipped)) {
            shipped = Path.of("../examples/linkage/kazakh_russian.json");
        }
        return SettingsReader.read(shipped).settings();
    }

    /** Exactly {@code records} generated records (about 2.34 per person, shuffled, so cut anywhere). */
    static List<GeneratedRecord> records(int records, long seed) {
        List<GeneratedRecord> all = KazakhRussianGenerator.generate((int) Math.ceil(records / 2.3), seed);
        return all.subList(0, Math.min(records, all.size()));
    }

    private static LinkInput input(List<GeneratedRecord> records) {
        List<InputRecord> in = new ArrayList<>(records.size());
        for (GeneratedRecord r : records) {
            in.add(r.toInput());
        }
        return LinkInput.of(in);
    }

    private static void scale(int n) throws IOException {
        LinkSettings settings = settings();
        List<GeneratedRecord> generated = records(n, 7);
        LinkInput input = input(generated);
        Map<String, String> truth = new HashMap<>();
        generated.forEach(g -> truth.put(g.recordId(), g.personId()));
        generated = null;
        System.gc();
        printMachine();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        MemoryWatch watch = new MemoryWatch();
        LinkageResult result = new Linker(settings).link(input, org.vigil.link.state.LinkageState.empty(),
                timed(start));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        watch.stop();
        System.out.printf("scale: %d records -> %d clusters (true persons %d) in %.1f s wall, %.1f s CPU; peak heap "
                        + "used %.2f GiB (max heap %.1f GiB); %d candidate pairs; pairwise F1 %.4f%n",
                input.records().size(), result.clusterCount(), new java.util.HashSet<>(truth.values()).size(), seconds,
                cpu, watch.peakGiB(), Runtime.getRuntime().maxMemory() / 1073741824.0, result.model().candidatePairs(),
                pairwiseF1(result, truth));
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private static void count(int n) throws IOException {
        LinkInput input = input(records(n, 7));
        long start = System.nanoTime();
        var report = new Linker(settings()).countCandidates(input);
        System.out.printf("count: %d records, prepared and blocked in %.1f s%n", input.records().size(),
                (System.nanoTime() - start) / 1e9);
        report.rules().forEach(r -> System.out.printf("  %-45s %,14d pairs, largest block %d (%s)%n", r.rule(),
                r.pairs(), r.largestBlock(), r.largestKey()));
    }

    private static void incremental(int n) throws IOException {
        LinkSettings settings = settings();
        // 1% new records: the first n generated records are linked, the next n/100 added (some of them
        // are people already linked, recorded by another source)
        List<GeneratedRecord> all = records((int) (n * 1.01), 11);
        int cut = n;
        all = all.subList(0, Math.min(all.size(), n + n / 100));
        LinkInput base = input(all.subList(0, cut));
        LinkInput full = input(all);
        printMachine();
        long start = System.nanoTime();
        long cpu0 = cpuNanos();
        // one engine for both runs, as a server keeps it: it remembers the records it normalised
        Linker linker = new Linker(settings);
        LinkageResult first = linker.link(base, org.vigil.link.state.LinkageState.empty(), timed(start));
        double fullSeconds = (System.nanoTime() - start) / 1e9;
        double fullCpu = (cpuNanos() - cpu0) / 1e9;
        long start2 = System.nanoTime();
        long cpu1 = cpuNanos();
        LinkageResult added = linker.addRecords(full, first.state(), timed(start2));
        double addSeconds = (System.nanoTime() - start2) / 1e9;
        double addCpu = (cpuNanos() - cpu1) / 1e9;
        Map<String, String> before = new HashMap<>();
        first.clusters().forEach(c -> before.put(c.recordId(), c.clusterId()));
        long changed = added.clusters().stream()
                .filter(c -> before.containsKey(c.recordId()) && !before.get(c.recordId()).equals(c.clusterId())).count();
        long joined = added.clusters().stream().filter(c -> !before.containsKey(c.recordId())
                && before.containsValue(c.clusterId())).count();
        System.out.printf("incremental: full run on %d records %.1f s wall (%.1f s CPU); adding %d records %.1f s wall "
                        + "(%.1f s CPU), %.0f%% of the full run's wall time; existing records whose cluster id changed: "
                        + "%d; new records that joined an existing cluster: %d%n", cut, fullSeconds, fullCpu,
                all.size() - cut, addSeconds, addCpu, 100 * addSeconds / fullSeconds, changed, joined);
        System.out.printf("load average after: %s%n", loadAverage());
    }

    /** Pairwise F1 as ../shared/tools/score_linkage.py computes it. */
    public static double pairwiseF1(LinkageResult result, Map<String, String> truth) {
        Map<String, Long> byEntity = new HashMap<>();
        Map<String, Long> byCluster = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        result.clusters().forEach(c -> {
            String e = truth.get(c.recordId());
            byEntity.merge(e, 1L, Long::sum);
            byCluster.merge(c.clusterId(), 1L, Long::sum);
            both.merge(e + '\u0000' + c.clusterId(), 1L, Long::sum);
        });
        double t = pairs(byEntity);
        double p = pairs(byCluster);
        double c = pairs(both);
        double precision = p == 0 ? 1 : c / p;
        double recall = t == 0 ? 1 : c / t;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double pairs(Map<String, Long> groups) {
        double total = 0;
        for (long n : groups.values()) {
            total += n * (n - 1) / 2.0;
        }
        return total;
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Progress timed(long start) {
        return new Progress() {
            @Override
            public void step(String phase, long done, long total) {
                note(phase, done + (total > 0 ? " of " + total : ""));
            }

            @Override
            public void note(String phase, String detail) {
                System.err.printf("[%6.1fs] %s: %s%n", (System.nanoTime() - start) / 1e9, phase, detail);
            }
        };
    }

    private static void printMachine() {
        System.out.printf("machine: %d cores available, max heap %.1f GiB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1073741824.0,
                System.getProperty("java.version"));
        System.out.println("load average before: " + loadAverage());
    }

    /** Samples the used heap every 50 ms to report its peak. */
    private static final class MemoryWatch {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread;

        MemoryWatch() {
            thread = new Thread(() -> {
                while (running) {
                    Runtime rt = Runtime.getRuntime();
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        double peakGiB() {
            return peak / 1073741824.0;
        }
    }
}
