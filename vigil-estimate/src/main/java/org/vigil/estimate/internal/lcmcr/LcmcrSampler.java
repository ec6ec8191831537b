package org.vigil.estimate.internal.lcmcr;

import org.vigil.core.run.Progress;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.internal.math.Variates;
import org.vigil.estimate.lcmcr.LcmcrSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs several LCMCR chains in parallel. Chain c's generator is the c-th split of
 * {@code new SplittableRandom(seed)}, taken in order before any chain starts, so the draws do not
 * depend on thread timing.
 */
public final class LcmcrSampler {

    private final LcmcrSettings settings;

    /** A sampler with these settings. */
    public LcmcrSampler(LcmcrSettings settings) {
        this.settings = settings;
    }

    /**
     * The draws of one run.
     *
     * @param chains kept draws of N per chain
     * @param capHits sweeps over the cap, all chains
     * @param cap the cap
     * @param meanOccupiedClasses average occupied classes over kept draws
     * @param meanAlpha average alpha over kept draws
     */
    public record Draws(long[][] chains, long capHits, long cap, double meanOccupiedClasses, double meanAlpha) {

        /** All draws, chain after chain. */
        public long[] pooled() {
            int total = 0;
            for (long[] c : chains) {
                total += c.length;
            }
            long[] all = new long[total];
            int at = 0;
            for (long[] c : chains) {
                System.arraycopy(c, 0, all, at, c.length);
                at += c.length;
            }
            return all;
        }
    }

    /** Runs all chains; throws {@link CancellationException} when cancelled. */
    public Draws run(CaptureHistory history, long seed, Progress control) {
        SplittableRandom root = new SplittableRandom(seed);
        List<Variates> randoms = new ArrayList<>();
        for (int c = 0; c < settings.chains(); c++) {
            randoms.add(new Variates(root.split()));
        }
        long totalSweeps = settings.sweepsPerChain() * settings.chains();
        AtomicLong done = new AtomicLong();
        Object lock = new Object();
        long step = Math.max(1, totalSweeps / 100);
        int threads = Math.min(settings.chains(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lcmcr-chain");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ChainOutput>> futures = new ArrayList<>();
            for (int c = 0; c < settings.chains(); c++) {
                Variates random = randoms.get(c);
                futures.add(pool.submit(() -> runChain(history, random, control, done, step, totalSweeps, lock)));
            }
            long[][] chains = new long[settings.chains()][];
            long capHits = 0;
            long cap = 0;
            double occupied = 0;
            double alpha = 0;
            for (int c = 0; c < futures.size(); c++) {
                ChainOutput out = get(futures.get(c));
                chains[c] = out.draws;
                capHits += out.capHits;
                cap = out.cap;
                occupied += out.meanOccupied / settings.chains();
                alpha += out.meanAlpha / settings.chains();
            }
            return new Draws(chains, capHits, cap, occupied, alpha);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ChainOutput get(Future<ChainOutput> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("estimation interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private record ChainOutput(long[] draws, long capHits, long cap, double meanOccupied, double meanAlpha) {
    }

    private ChainOutput runChain(CaptureHistory history, Variates random, Progress control, AtomicLong done,
                                 long step, long totalSweeps, Object lock) {
        LcmcrChain chain = new LcmcrChain(history, settings, random);
        long[] draws = new long[settings.samples()];
        double occupied = 0;
        double alpha = 0;
        int pending = 0;
        long sweeps = settings.sweepsPerChain();
        int kept = 0;
        for (long s = 1; s <= sweeps; s++) {
            chain.sweep();
            if (s > settings.burnIn() && (s - settings.burnIn()) % settings.thinning() == 0) {
                draws[kept++] = chain.total();
                occupied += chain.occupiedClasses();
                alpha += chain.alpha();
            }
            if (++pending == 256) {
                control.stopIfCancelled();
                if (Thread.currentThread().isInterrupted()) {
                    // A sibling chain failed or was cancelled and the pool was shut down: stop this one too.
                    throw new CancellationException("estimation interrupted");
                }
                long before = done.getAndAdd(pending);
                if ((before + pending) / step != before / step) {
                    synchronized (lock) {
                        control.step("lcmcr sweeps", before + pending, totalSweeps);
                    }
                }
                pending = 0;
            }
        }
        long after = done.addAndGet(pending);
        if (after == totalSweeps) {
            synchronized (lock) {
                control.step("lcmcr sweeps", after, totalSweeps);
            }
        }
        return new ChainOutput(draws, chain.capHits(), chain.cap(), occupied / kept, alpha / kept);
    }
}
