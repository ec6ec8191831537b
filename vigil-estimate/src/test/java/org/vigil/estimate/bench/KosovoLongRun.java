package org.vigil.estimate.bench;

import org.vigil.core.run.Progress;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Fixtures;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.StratifiedHistory;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.lcmcr.LcmcrDiagnostics;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearSettings;
import org.vigil.estimate.result.Estimate;
import org.vigil.estimate.result.EstimateResult;

import java.util.List;
import java.util.Locale;

/**
 * The long LCMCR run on Kosovo (K = 10) checked against R LCMCR 0.4.14: posterior median within 2%
 * of 10,400 and 95% interval ends within 5% of [8,900, 13,900]. Prints one line per seed and exits
 * non-zero when a check fails. Arguments: [seeds] (default 3).
 */
public final class KosovoLongRun {

    private KosovoLongRun() {
    }

    /** Runs the check. */
    public static void main(String[] args) {
        System.exit(run(args.length > 0 ? Integer.parseInt(args[0]) : 3) ? 0 : 1);
    }

    /** Runs {@code seeds} long runs; true when all pass. */
    public static boolean run(int seeds) {
        LcmcrSettings settings = new LcmcrSettings(10, 4, 50_000, 20_000, 50, 0.25, 0.25, 20);
        CaptureData data = CaptureData.of(StratifiedHistory.single(Fixtures.kosovo()), "kosovo");
        boolean allPass = true;
        System.out.println("| seed | median | 2.5% | 97.5% | R-hat | ESS | seconds | within tolerance |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int seed = 1; seed <= seeds; seed++) {
            EstimationRequest request = new EstimationRequest(Method.LCMCR, 0.95, seed, List.of(), settings,
                    LoglinearSettings.defaults(), DgaSettings.defaults());
            long start = System.nanoTime();
            EstimateResult r = new EstimationEngine().estimate(data, request, Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            Estimate e = r.estimate();
            LcmcrDiagnostics d = (LcmcrDiagnostics) r.diagnostics().orElseThrow();
            boolean pass = Math.abs(e.median() - 10_400) <= 0.02 * 10_400
                    && Math.abs(e.lower() - 8_900) <= 0.05 * 8_900
                    && Math.abs(e.upper() - 13_900) <= 0.05 * 13_900;
            allPass &= pass;
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.3f | %.0f | %.1f | %s |%n", seed, e.median(),
                    e.lower(), e.upper(), d.rHat(), d.effectiveSampleSize(), seconds, pass ? "yes" : "NO");
        }
        System.out.println("settings: K=10, 4 chains x (50,000 burn-in + 20,000 draws x thinning 50)");
        return allPass;
    }
}
