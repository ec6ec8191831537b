package org.vigil.estimate.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vigil.estimate.Fixtures;
import org.vigil.estimate.internal.lcmcr.LcmcrChain;
import org.vigil.estimate.internal.math.Variates;
import org.vigil.estimate.lcmcr.LcmcrSettings;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time of 1,000 Gibbs sweeps of the LCMCR sampler on Kosovo (4 lists, n = 4,400) with K = 10,
 * on one thread (one chain) and on two threads (two chains at once, one per core). Reference:
 * R LCMCR 0.4.14 on this machine, 14.4 ms per 1,000 sweeps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(3)
public class GibbsSweepBenchmark {

    private static final AtomicLong SEEDS = new AtomicLong(1);
    private LcmcrChain chain;

    /** A fresh chain per thread, burnt in so the state is typical. */
    @Setup(Level.Trial)
    public void setUp() {
        LcmcrSettings settings = new LcmcrSettings(10, 1, 0, 10, 1, 0.25, 0.25, 20);
        chain = new LcmcrChain(Fixtures.kosovo(), settings, Variates.seeded(SEEDS.getAndIncrement()));
        for (int i = 0; i < 5_000; i++) {
            chain.sweep();
        }
    }

    /** One chain: 1,000 sweeps. */
    @Benchmark
    @Threads(1)
    public void thousandSweepsOneChain(Blackhole hole) {
        for (int i = 0; i < 1_000; i++) {
            chain.sweep();
        }
        hole.consume(chain.total());
    }

    /** Two chains in parallel (one per core): 1,000 sweeps each. */
    @Benchmark
    @Threads(2)
    public void thousandSweepsTwoChains(Blackhole hole) {
        for (int i = 0; i < 1_000; i++) {
            chain.sweep();
        }
        hole.consume(chain.total());
    }
}
