package org.vigil.link.internal.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Clustering links strong pairs but refuses chains and respects reviewers and sources. */
class ClustererTest {

    /** Probabilities (in thousandths) of records 0..3: 0-1 and 1-2 strong, 0-2 clearly different. */
    private static final int[][] P = {
            {1000, 990, 5, 10},
            {990, 1000, 990, 10},
            {5, 990, 1000, 10},
            {10, 10, 10, 1000}};

    private static int[] cluster(ClusterConstraints constraints, int[] sources) {
        Clusterer c = new Clusterer(sources, (i, j) -> P[i][j]);
        int[] left = {0, 1, 0};
        int[] right = {1, 2, 2};
        float[] weights = {(float) weight(0.99), (float) weight(0.98), (float) weight(0.005)};
        return c.cluster(left, right, weights, 3, 0.5, 0.5, constraints);
    }

    private static double weight(double p) {
        return Math.log(p / (1 - p)) / Math.log(2);
    }

    private static ClusterConstraints none() {
        return new ClusterConstraints(List.of(), List.of(), false, null);
    }

    @Test
    void aRecordResemblingTwoPeopleDoesNotChainThemTogether() {
        int[] rep = cluster(none(), new int[]{0, 0, 0, 0});
        assertThat(rep[0]).isEqualTo(rep[1]);
        assertThat(rep[2]).as("average 0.50 over (0,2) and (1,2) is under cohesion").isNotEqualTo(rep[0]);
    }

    @Test
    void aDifferentDecisionSeparatesAStrongPair() {
        int[] rep = cluster(new ClusterConstraints(List.of(), List.<int[]>of(new int[]{0, 1}), false, null),
                new int[]{0, 0, 0, 0});
        assertThat(rep[0]).isNotEqualTo(rep[1]);
        assertThat(rep[1]).isEqualTo(rep[2]);
    }

    @Test
    void aSameDecisionJoinsAWeakPair() {
        int[] rep = cluster(new ClusterConstraints(List.<int[]>of(new int[]{0, 3}), List.of(), false, null),
                new int[]{0, 0, 0, 0});
        assertThat(rep[3]).isEqualTo(rep[0]);
    }

    @Test
    void inLinkOnlyModeAClusterHoldsOneRecordPerSource() {
        int[] rep = cluster(new ClusterConstraints(List.of(), List.of(), true, null), new int[]{0, 1, 1, 0});
        assertThat(rep[0]).isEqualTo(rep[1]);
        assertThat(rep[2]).isNotEqualTo(rep[1]);
    }

    @Test
    void existingClustersAreNeverMergedIncrementally() {
        Clusterer c = new Clusterer(new int[]{0, 0, 0, 0}, (i, j) -> P[i][j]);
        int[] rep = c.cluster(new int[]{0, 1}, new int[]{1, 2}, new float[]{(float) weight(0.99), (float) weight(0.98)},
                2, 0.5, 0.5, new ClusterConstraints(List.of(), List.of(), false, new int[]{0, 1, -1, -1}));
        assertThat(rep[0]).isNotEqualTo(rep[1]);
        assertThat(rep[2]).isEqualTo(rep[1]);
        assertThat(c.bridges()).hasSize(1);
    }

    @Test
    void aCrossPairThatWasNeverACandidateIsComparedOnTheSpot() {
        // only 0-1 and 1-2 are candidates; 0-2 contradicts, and is found by comparing it when 2 would join
        Clusterer c = new Clusterer(new int[]{0, 0, 0, 0}, (i, j) -> P[i][j]);
        int[] rep = c.cluster(new int[]{0, 1}, new int[]{1, 2}, new float[]{(float) weight(0.99), (float) weight(0.98)},
                2, 0.5, 0.5, none());
        assertThat(rep[0]).isEqualTo(rep[1]);
        assertThat(rep[2]).isNotEqualTo(rep[1]);
    }

    @Test
    void namesakeFamiliesWithManyStrongCrossPairsStayApartAndClusteringStaysFast() {
        // 1,000 people with 20 records each; every person has a namesake whose records all strongly
        // resemble theirs by one record (a chain bridge), while all other cross pairs contradict
        int people = 1000;
        int per = 20;
        int n = people * per;
        java.util.List<int[]> pairs = new java.util.ArrayList<>();
        for (int p = 0; p < people; p++) {
            for (int a = 0; a < per; a++) {
                for (int b = a + 1; b < per; b++) {
                    pairs.add(new int[]{p * per + a, p * per + b, 990});
                }
            }
            if (p % 2 == 1) {
                // the bridge: record 0 of this person resembles every record of the namesake before
                for (int b = 0; b < per; b++) {
                    pairs.add(new int[]{p * per, (p - 1) * per + b, 900});
                }
            }
        }
        int count = pairs.size();
        int[] left = new int[count];
        int[] right = new int[count];
        float[] weights = new float[count];
        for (int k = 0; k < count; k++) {
            left[k] = pairs.get(k)[0];
            right[k] = pairs.get(k)[1];
            weights[k] = (float) weight(pairs.get(k)[2] / 1000.0);
        }
        java.util.concurrent.atomic.AtomicLong compared = new java.util.concurrent.atomic.AtomicLong();
        Clusterer c = new Clusterer(new int[n], (i, j) -> {
            compared.incrementAndGet();
            return i / per == j / per ? 990 : i / per / 2 == j / per / 2 && (i % per == 0 || j % per == 0) ? 900 : 5;
        });
        long start = System.nanoTime();
        int[] rep = c.cluster(left, right, weights, count, 0.5, 0.5, none());
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < n; i++) {
            assertThat(rep[i]).isEqualTo(rep[(i / per) * per]);
            if (i / per % 2 == 1) {
                assertThat(rep[i]).as("namesakes kept apart").isNotEqualTo(rep[(i / per - 1) * per]);
            }
        }
        // each refused merge compares at most ON_THE_SPOT pairs once: linear in the candidate pairs
        assertThat(compared.get()).isLessThan((long) count);
        assertThat(seconds).as("measured 0.3 s at load 10 for 210,000 candidate pairs").isLessThan(10);
    }
}
