package org.vigil.estimate.bench;

import org.vigil.core.run.Progress;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureCsvReader;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.StratifiedHistory;
import org.vigil.estimate.dga.DgaDiagnostics;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.dga.ModelWeight;
import org.vigil.estimate.internal.math.Variates;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearSettings;
import org.vigil.estimate.result.Estimate;
import org.vigil.estimate.result.EstimateResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * dga on 6 and 7 lists: {@code coverage [replicates] [seed] [6|7|all] [dependent|heterogeneous|all]} simulates
 * populations of known size
 * ({@link DependentLists}: dependent lists, and dependent lists with a latent easy-to-capture group), N cycling
 * through 500, 1,000 and 2,000, and prints per scenario the share of 95% intervals that cover N and the
 * median relative error; {@code real [shared dir] [grid end as a multiple of n, default 20]} runs dga on the
 * UK 2013 and Netherlands 6-list sets.
 * Run through the bench profile with -Dbench.main=org.vigil.estimate.bench.DgaCoverageRun.
 */
public final class DgaCoverageRun {

    private static final long[] SIZES = {500, 1_000, 2_000};

    private DgaCoverageRun() {
    }

    /** Runs the chosen study. */
    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "coverage";
        if (what.equals("real")) {
            real(Path.of(args.length > 1 ? args[1] : System.getProperty("vigil.shared.dir", "../../shared")),
                    args.length > 2 ? Long.parseLong(args[2]) : 20);
            return;
        }
        int replicates = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        System.out.println("| lists | scenario | populations | coverage of 95% intervals | median relative error"
                + " | median absolute relative error | median interval width / N | median seconds |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        String onlyLists = args.length > 3 ? args[3] : "all";
        String onlyScenario = args.length > 4 ? args[4] : "all";
        for (int lists = 6; lists <= 7; lists++) {
            for (boolean heterogeneous : new boolean[] {false, true}) {
                String name = heterogeneous ? "heterogeneous" : "dependent";
                boolean chosen = (onlyLists.equals("all") || onlyLists.equals(String.valueOf(lists)))
                        && (onlyScenario.equals("all") || onlyScenario.equals(name));
                if (chosen) {
                    scenario(lists, heterogeneous, replicates, seed);
                }
            }
        }
        System.out.printf(Locale.ROOT, "seed %d; N cycles through 500, 1000, 2000; dga defaults (delta 2^-J,"
                + " grid 0..20n)%n", seed);
    }

    private static void scenario(int lists, boolean heterogeneous, int replicates, long seed) {
        Variates random = Variates.seeded(seed + 100L * lists + (heterogeneous ? 1 : 0));
        EstimationEngine engine = new EstimationEngine();
        int covered = 0;
        List<Double> errors = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            long size = SIZES[r % SIZES.length];
            DependentLists population = DependentLists.draw(size, lists, heterogeneous, random.split());
            long start = System.nanoTime();
            Estimate e = engine.estimate(CaptureData.of(StratifiedHistory.single(population.history()), "simulated"),
                    request(seed + r, DgaSettings.defaults()), Progress.NONE).estimate();
            seconds.add((System.nanoTime() - start) / 1e9);
            covered += e.lower() <= size && size <= e.upper() ? 1 : 0;
            errors.add((e.median() - size) / size);
            widths.add((e.upper() - e.lower()) / size);
            if ((r + 1) % 20 == 0) {
                System.err.printf(Locale.ROOT, "dga coverage, %d lists%s: %d/%d%n", lists,
                        heterogeneous ? " heterogeneous" : "", r + 1, replicates);
            }
        }
        System.out.printf(Locale.ROOT, "| %d | %s | %d | %.1f%% (%d/%d) | %+.1f%% | %.1f%% | %.3f | %.2f |%n", lists,
                heterogeneous ? "dependent + latent easy group" : "dependent", replicates,
                100.0 * covered / replicates, covered, replicates, 100 * median(errors, false),
                100 * median(errors, true), median(widths, false), median(seconds, false));
    }

    private static void real(Path shared, long gridTimesObserved) {
        Path dir = shared.resolve("data/estimation/modern_slavery_sparsemse");
        EstimationEngine engine = new EstimationEngine();
        for (String file : List.of("uk2013_6lists.csv", "netherlands2010_2015_6lists.csv")) {
            CaptureData data = new CaptureCsvReader().read(dir.resolve(file));
            long start = System.nanoTime();
            DgaSettings grid = new DgaSettings(OptionalDouble.empty(), 0,
                    OptionalLong.of(gridTimesObserved * data.history().pooled().observed()), 10_000);
            EstimateResult result = engine.estimate(data, request(2026, grid), Progress.NONE);
            double took = (System.nanoTime() - start) / 1e9;
            Estimate e = result.estimate();
            System.out.printf(Locale.ROOT, "%s: n = %d, median %.0f, mean %.0f, 95%% [%.0f, %.0f], %.1f s%n", file,
                    result.observed(), e.median(), e.mean(), e.lower(), e.upper(), took);
            DgaDiagnostics d = (DgaDiagnostics) result.diagnostics().orElseThrow();
            for (ModelWeight m : d.topModels().subList(0, Math.min(3, d.topModels().size()))) {
                System.out.printf(Locale.ROOT, "    %s %.4f%n", m.model(), m.weight());
            }
            result.warnings().forEach(w -> System.out.println("    warning: " + w));
        }
    }

    private static EstimationRequest request(long seed, DgaSettings dga) {
        return new EstimationRequest(Method.DGA, 0.95, seed, List.of(), LcmcrSettings.defaults(),
                LoglinearSettings.defaults(), dga);
    }

    private static double median(List<Double> values, boolean absolute) {
        double[] v = values.stream().mapToDouble(x -> absolute ? Math.abs(x) : x).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
