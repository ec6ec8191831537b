package org.vigil.estimate.bench;

import org.vigil.core.run.Progress;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.StratifiedHistory;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.internal.math.Variates;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearSettings;
import org.vigil.estimate.result.Estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Calibration: simulates populations of known size ({@link SimulatedPopulation}: 4 or 5 lists,
 * heterogeneous and list-specific capture, optionally with referral between lists), estimates each
 * with every method and prints, per method, the coverage of the 95% intervals and the median
 * relative error. Arguments: [populations] [seed] [latent|referral] [short|long] [methods]
 * (defaults 200, 2026, latent, short, all; methods as a comma-separated list of --method names).
 * "short" runs lcmcr with 2 chains x (5,000 + 1,000 x 10) sweeps, "long" with 4 x (10,000 + 2,000 x 20).
 */
public final class CalibrationRun {

    private CalibrationRun() {
    }

    /** Runs the calibration. */
    public static void main(String[] args) {
        int populations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        boolean referral = args.length > 2 && args[2].equals("referral");
        boolean longChains = args.length > 3 && args[3].equals("long");
        List<Method> methods = new ArrayList<>();
        if (args.length > 4 && !args[4].equals("all")) {
            for (String m : args[4].split(",")) {
                methods.add(Method.parse(m));
            }
        } else {
            methods.addAll(Arrays.asList(Method.values()));
        }
        run(populations, seed, referral, longChains, methods);
    }

    /** Per-method tallies. */
    private static final class Tally {
        int covered;
        int runs;
        int failures;
        final List<Double> relativeErrors = new ArrayList<>();
        final List<Double> widths = new ArrayList<>();
        final Map<String, int[]> byGroup = new java.util.TreeMap<>();
        double seconds;
    }

    /** Runs and prints the table; returns the coverage per method. */
    public static Map<Method, Double> run(int populations, long seed, boolean referral, boolean longChains,
                                          List<Method> methods) {
        Variates random = Variates.seeded(seed);
        long[] sizes = {500, 1_000, 2_000, 4_000};
        Map<Method, Tally> tallies = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
            tallies.put(m, new Tally());
        }
        LcmcrSettings lcmcr = longChains ? new LcmcrSettings(10, 4, 10_000, 2_000, 20, 0.25, 0.25, 20)
                : new LcmcrSettings(10, 2, 5_000, 1_000, 10, 0.25, 0.25, 20);
        EstimationEngine engine = new EstimationEngine();
        for (int i = 0; i < populations; i++) {
            int lists = i % 2 == 0 ? 4 : 5;
            long size = sizes[(i / 2) % sizes.length];
            SimulatedPopulation pop = SimulatedPopulation.draw(size, lists, referral, random.split());
            CaptureData data = CaptureData.of(StratifiedHistory.single(pop.history()), "simulated " + i);
            for (Method m : methods) {
                List<String> chosen = m == Method.LINCOLN_PETERSEN ? List.of("L1", "L3") : List.of();
                LoglinearSettings loglinear = new LoglinearSettings(Optional.empty(),
                        lists == 5 ? OptionalInt.of(2) : OptionalInt.empty());
                EstimationRequest request = new EstimationRequest(m, 0.95, seed + i, chosen, lcmcr, loglinear,
                        DgaSettings.defaults());
                Tally t = tallies.get(m);
                long start = System.nanoTime();
                try {
                    Estimate e = engine.estimate(data, request, Progress.NONE).estimate();
                    t.runs++;
                    boolean hit = e.lower() <= size && size <= e.upper();
                    t.covered += hit ? 1 : 0;
                    int[] group = t.byGroup.computeIfAbsent(lists + " lists, N = " + size, g -> new int[2]);
                    group[0] += hit ? 1 : 0;
                    group[1]++;
                    t.relativeErrors.add((e.median() - size) / size);
                    t.widths.add((e.upper() - e.lower()) / size);
                } catch (RuntimeException ex) {
                    t.failures++;
                }
                t.seconds += (System.nanoTime() - start) / 1e9;
            }
            if ((i + 1) % 20 == 0) {
                System.err.printf(Locale.ROOT, "calibration: %d/%d populations%n", i + 1, populations);
            }
        }
        Map<Method, Double> coverage = new EnumMap<>(Method.class);
        System.out.println("| method | runs | failed | coverage of 95% intervals | median relative error | "
                + "median absolute relative error | median interval width / N | seconds |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Method m : methods) {
            Tally t = tallies.get(m);
            double cov = t.runs == 0 ? Double.NaN : (double) t.covered / t.runs;
            coverage.put(m, cov);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f%% | %+.1f%% | %.1f%% | %.2f | %.0f |%n", m.cliName(),
                    t.runs, t.failures, 100 * cov, 100 * median(t.relativeErrors, false),
                    100 * median(t.relativeErrors, true), median(t.widths, false), t.seconds);
        }
        for (Method m : methods) {
            StringBuilder line = new StringBuilder("coverage of " + m.cliName() + " by group:");
            tallies.get(m).byGroup.forEach((g, c) -> line.append(String.format(Locale.ROOT, " [%s: %d/%d]", g, c[0], c[1])));
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "scenario %s; populations: %d (half 4 lists, half 5), N in {500, 1000, 2000, 4000}, seed %d;"
                + " lcmcr K=10, %s; loglinear best by BIC (5 lists: up to 2-way);"
                + " lincoln-petersen on lists L1, L3%n", referral ? "referral" : "latent", populations, seed,
                longChains ? "4 chains x (10,000 + 2,000 x 20)" : "2 chains x (5,000 + 1,000 x 10)");
        return coverage;
    }

    private static double median(List<Double> values, boolean absolute) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(x -> absolute ? Math.abs(x) : x).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
