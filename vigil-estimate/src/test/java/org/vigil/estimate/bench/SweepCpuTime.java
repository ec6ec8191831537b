package org.vigil.estimate.bench;

import org.vigil.estimate.Fixtures;
import org.vigil.estimate.internal.lcmcr.LcmcrChain;
import org.vigil.estimate.internal.math.Variates;
import org.vigil.estimate.lcmcr.LcmcrSettings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Thread CPU time (not wall time) of 1,000 Gibbs sweeps on Kosovo at K = 10, for one chain and for
 * two chains on two threads: on a machine shared with other jobs CPU time shows the sampler's own
 * cost, which wall time (JMH) mixes with waiting for a core. Prints the median of 10 blocks of
 * 20,000 sweeps after 20,000 warm-up sweeps.
 */
public final class SweepCpuTime {

    private SweepCpuTime() {
    }

    /** Runs the measurement. */
    public static void main(String[] args) throws InterruptedException {
        System.out.printf(Locale.ROOT, "one chain: %.2f ms CPU per 1,000 sweeps%n", measure(1));
        double[] two = new double[2];
        Thread[] threads = new Thread[2];
        long start = System.nanoTime();
        for (int t = 0; t < 2; t++) {
            int id = t;
            threads[t] = new Thread(() -> two[id] = measure(10 + id));
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "two chains in parallel: %.2f and %.2f ms CPU per 1,000 sweeps each, "
                + "%.1f s wall for 2 x 220,000 sweeps%n", two[0], two[1], wall);
    }

    private static double measure(long seed) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        LcmcrChain chain = new LcmcrChain(Fixtures.kosovo(), new LcmcrSettings(10, 1, 0, 10, 1, 0.25, 0.25, 20),
                Variates.seeded(seed));
        for (int i = 0; i < 20_000; i++) {
            chain.sweep();
        }
        double[] blocks = new double[10];
        for (int b = 0; b < blocks.length; b++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 20_000; i++) {
                chain.sweep();
            }
            blocks[b] = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / 20;
        }
        java.util.Arrays.sort(blocks);
        return (blocks[4] + blocks[5]) / 2;
    }
}
