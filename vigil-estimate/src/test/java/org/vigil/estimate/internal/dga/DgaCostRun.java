package org.vigil.estimate.internal.dga;

import org.vigil.core.run.Progress;
import org.vigil.estimate.bench.DependentLists;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.internal.math.Variates;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The cost of dga on 6 and 7 lists: enumeration, then screened and (where affordable) full-grid posteriors of one
 * simulated population ({@link DependentLists}, heterogeneous, seed 7), in wall and process CPU seconds.
 * Arguments: [lists] [N] [repeats] [full|screened|both] (defaults 6, 1000, 3, both). Run through the bench
 * profile with -Dbench.main=org.vigil.estimate.internal.dga.DgaCostRun.
 */
public final class DgaCostRun {

    private DgaCostRun() {
    }

    /** Runs and prints one line per estimate. */
    public static void main(String[] args) {
        int lists = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        long size = args.length > 1 ? Long.parseLong(args[1]) : 1_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String modes = args.length > 3 ? args[3] : "both";
        double[] cost = measure(() -> GraphCatalogue.of(lists));
        System.out.printf(Locale.ROOT, "enumeration: %,d graphs on %d lists, %.2f s wall, %.2f s CPU%n",
                GraphCatalogue.of(lists).size(), lists, cost[0], cost[1]);
        DependentLists population = DependentLists.draw(size, lists, true, Variates.seeded(7));
        Progress notes = new Progress() {
            private String last = "";

            @Override
            public void step(String phase, long done, long total) {
                if (!phase.equals(last)) {
                    last = phase;
                    System.out.printf(Locale.ROOT, "  %s starts at %.2f s of process CPU%n", phase, cpuSeconds());
                }
            }

            @Override
            public void note(String phase, String detail) {
                System.out.println("  " + phase + ": " + detail);
            }
        };
        for (String mode : new String[] {"screened", "full"}) {
            if (!modes.equals("both") && !modes.equals(mode)) {
                continue;
            }
            double margin = mode.equals("full") ? Double.POSITIVE_INFINITY : GridScreen.DEFAULT_MARGIN;
            for (int r = 0; r < repeats; r++) {
                DgaEstimator.Posterior[] p = new DgaEstimator.Posterior[1];
                double[] took = measure(() -> p[0] = new DgaEstimator(DgaSettings.defaults(), margin)
                        .posterior(population.history(), notes));
                System.out.printf(Locale.ROOT, "%s: n = %d (N = %d), median %d [%d, %d], top %s %.6f; %.2f s wall,"
                        + " %.2f s CPU%n", mode, population.history().observed(), size, p[0].quantile(0.5),
                        p[0].quantile(0.025), p[0].quantile(0.975), p[0].models().get(0).model(),
                        p[0].models().get(0).weight(), took[0], took[1]);
            }
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double[] measure(Runnable work) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new double[] {(System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
    }
}
