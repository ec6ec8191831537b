package org.vigil.link.cluster;

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
}
