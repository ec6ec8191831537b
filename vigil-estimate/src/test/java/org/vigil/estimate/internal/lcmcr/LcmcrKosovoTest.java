package org.vigil.estimate.internal.lcmcr;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;
import org.vigil.estimate.Fixtures;
import org.vigil.estimate.internal.math.Quantiles;
import org.vigil.estimate.lcmcr.LcmcrSettings;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A shorter LCMCR run on Kosovo. Reference: R LCMCR 0.4.14, K = 10, long run: posterior median
 * about 10,400, 95% interval about [8,900, 13,900]. This run (4 chains x 55,000 sweeps) keeps
 * 10,000 draws worth about 120-330 effective draws of N; over six seeds its median stayed within
 * 1.1% of 10,400 and its interval ends within 3.3% of LCMCR's, so the median is checked within
 * ±3% and the ends within ±8% (about 2.5 times that spread). The long run with the issue's
 * tolerances (2% and 5%) is in docs/benchmarks/estimate.md.
 */
class LcmcrKosovoTest {

    private static final LcmcrSettings SHORT = new LcmcrSettings(10, 4, 5_000, 2_500, 20, 0.25, 0.25, 20);

    @Test
    void shortRunOnKosovoAgreesWithLcmcr() {
        LcmcrSampler.Draws draws = new LcmcrSampler(SHORT).run(Fixtures.kosovo(), 20260101L, Progress.NONE);
        long[] all = draws.pooled();
        assertThat(all).hasSize(10_000);
        assertThat(Quantiles.of(all, 0.5)).isCloseTo(10_400, within(312.0));
        assertThat(Quantiles.of(all, 0.025)).isCloseTo(8_900, within(712.0));
        assertThat(Quantiles.of(all, 0.975)).isCloseTo(13_900, within(1_112.0));
        assertThat(draws.capHits()).isZero();
        assertThat(ConvergenceDiagnostics.splitRHat(draws.chains())).isLessThan(1.1);
    }

    @Test
    void theSameSeedGivesTheSameDrawsWhateverTheThreadTiming() {
        LcmcrSettings s = new LcmcrSettings(10, 3, 200, 100, 2, 0.25, 0.25, 20);
        long[] first = new LcmcrSampler(s).run(Fixtures.kosovo(), 7, Progress.NONE).pooled();
        long[] second = new LcmcrSampler(s).run(Fixtures.kosovo(), 7, Progress.NONE).pooled();
        long[] other = new LcmcrSampler(s).run(Fixtures.kosovo(), 8, Progress.NONE).pooled();
        assertThat(second).containsExactly(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void eachChainDependsOnlyOnTheSeedAndItsPosition() {
        // Chain 1 of a 1-chain run equals chain 1 of a 3-chain run: chains are seeded in order, not by thread.
        LcmcrSettings one = new LcmcrSettings(10, 1, 200, 100, 2, 0.25, 0.25, 20);
        LcmcrSettings three = new LcmcrSettings(10, 3, 200, 100, 2, 0.25, 0.25, 20);
        long[] alone = new LcmcrSampler(one).run(Fixtures.kosovo(), 5, Progress.NONE).chains()[0];
        long[] withOthers = new LcmcrSampler(three).run(Fixtures.kosovo(), 5, Progress.NONE).chains()[0];
        assertThat(withOthers).containsExactly(alone);
    }

    @Test
    void progressIsReportedUpToTheTotalNumberOfSweeps() {
        LcmcrSettings s = new LcmcrSettings(5, 2, 1_000, 200, 5, 0.25, 0.25, 20);
        AtomicLong last = new AtomicLong();
        new LcmcrSampler(s).run(Fixtures.kosovo(), 1, (phase, done, total) -> {
            assertThat(total).isEqualTo(2 * 2_000);
            last.set(done);
        });
        assertThat(last.get()).isEqualTo(4_000);
    }

    @Test
    void aCancelledRunStopsWithCancellationException() {
        LcmcrSettings s = new LcmcrSettings(10, 2, 1_000_000, 1_000, 10, 0.25, 0.25, 20);
        AtomicLong calls = new AtomicLong();
        Progress control = new Progress() {
            @Override
            public void step(String phase, long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return calls.incrementAndGet() > 5;
            }
        };
        assertThatThrownBy(() -> new LcmcrSampler(s).run(Fixtures.kosovo(), 1, control))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void dataWithLittleOverlapPressAgainstTheCap() {
        // Two lists that barely overlap: the unobserved count is nearly unidentified and hits 20n.
        org.vigil.estimate.data.CaptureHistory sparse = org.vigil.estimate.data.CaptureHistory.of(
                java.util.List.of("A", "B", "C"), new long[] {0, 40, 40, 0, 40, 0, 0, 1});
        LcmcrSettings s = new LcmcrSettings(10, 1, 500, 300, 2, 0.25, 0.25, 20);
        LcmcrSampler.Draws d = new LcmcrSampler(s).run(sparse, 3, Progress.NONE);
        assertThat(d.capHits()).isPositive();
        assertThat(d.cap()).isEqualTo(20 * 121);
        for (long n : d.pooled()) {
            assertThat(n).isLessThanOrEqualTo(121 + 20 * 121);
        }
    }
}
