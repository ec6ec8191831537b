package org.vigil.estimate.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Entry point of the {@code bench} profile: {@code all} (default), {@code jmh}, {@code kosovo} or
 * {@code calibration [populations] [seed] [latent|referral]}. See docs/benchmarks/estimate.md for the commands.
 */
public final class BenchSuite {

    private BenchSuite() {
    }

    /** Runs the chosen benchmarks. */
    public static void main(String[] args) throws RunnerException {
        String what = args.length > 0 ? args[0] : "all";
        boolean ok = true;
        if (what.equals("all") || what.equals("jmh")) {
            new Runner(new OptionsBuilder().include(GibbsSweepBenchmark.class.getSimpleName()).build()).run();
        }
        if (what.equals("all") || what.equals("kosovo")) {
            ok &= KosovoLongRun.run(3);
        }
        if (what.equals("all") || what.equals("calibration")) {
            int populations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
            long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
            CalibrationRun.run(populations, seed, args.length > 3 && args[3].equals("referral"));
        }
        System.exit(ok ? 0 : 1);
    }
}
