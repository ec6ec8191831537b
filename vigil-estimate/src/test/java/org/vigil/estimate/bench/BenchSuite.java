package org.vigil.estimate.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Entry point of the {@code bench} profile: {@code all} (default), {@code jmh}, {@code cpu}, {@code kosovo} or
 * {@code calibration [populations] [seed] [latent|referral] [short|long] [methods]}. See docs/benchmarks/estimate.md for the commands.
 */
public final class BenchSuite {

    private BenchSuite() {
    }

    /** Runs the chosen benchmarks. */
    public static void main(String[] args) throws RunnerException, InterruptedException {
        String what = args.length > 0 ? args[0] : "all";
        boolean ok = true;
        if (what.equals("all") || what.equals("jmh")) {
            new Runner(new OptionsBuilder().include(GibbsSweepBenchmark.class.getSimpleName()).build()).run();
        }
        if (what.equals("all") || what.equals("cpu")) {
            SweepCpuTime.main(new String[0]);
        }
        if (what.equals("all") || what.equals("kosovo")) {
            ok &= KosovoLongRun.run(3);
        }
        if (what.equals("all") || what.equals("calibration")) {
            CalibrationRun.main(java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        }
        System.exit(ok ? 0 : 1);
    }
}
