package org.vigil.estimate.internal.dga;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;
import org.vigil.estimate.bench.DependentLists;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.internal.math.Variates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** dga beyond R's 3-5 lists: every decomposable graph on 6 and 7 lists, and the screened grid. */
class DgaManyListsTest {

    @Test
    void labelledChordalGraphsOnOneToSevenVerticesNumberAsInOeisA058862() {
        // OEIS A058862, number of labelled chordal graphs on n nodes: 1, 2, 8, 61, 822, 18154, 617675.
        long[] expected = {1, 2, 8, 61, 822, 18_154, 617_675};
        for (int n = 1; n <= 7; n++) {
            assertThat(GraphCatalogue.of(n).size()).as("n = %d", n).isEqualTo((int) expected[n - 1]);
        }
    }

    @Test
    void cliquesAndSeparatorsOnSixVerticesAreTheMaximalCliquesAndAJunctionTreesSeparators() {
        GraphCatalogue six = GraphCatalogue.of(6);
        for (int g = 0; g < six.size(); g++) {
            DecomposableGraph graph = six.graph(g);
            List<Integer> cliques = maximalCliques(6, graph.edges());
            assertThat(graph.cliques()).as("graph %d", graph.edges()).isEqualTo(cliques);
            assertThat(graph.separators()).as("graph %d", graph.edges()).isEqualTo(kruskalSeparators(cliques));
        }
    }

    @Test
    void theScreenedGridGivesTheFullComputationsPosteriorOnFiveAndSixLists() {
        DgaSettings settings = DgaSettings.defaults();
        for (int lists = 5; lists <= 6; lists++) {
            CaptureHistory h = DependentLists.draw(600, lists, true, Variates.seeded(lists)).history();
            DgaEstimator.Posterior screened = new DgaEstimator(settings).posterior(h, Progress.NONE);
            DgaEstimator.Posterior full = new DgaEstimator(settings, Double.POSITIVE_INFINITY)
                    .posterior(h, Progress.NONE);
            for (double level : new double[] {0.025, 0.05, 0.5, 0.95, 0.975}) {
                assertThat(screened.quantile(level)).as("%d lists, quantile %s", lists, level)
                        .isEqualTo(full.quantile(level));
            }
            assertThat(screened.mean()).isCloseTo(full.mean(), within(1e-9 * full.mean()));
            for (int i = 0; i < full.probability().length; i++) {
                assertThat(screened.probability()[i]).isCloseTo(full.probability()[i], within(1e-12));
            }
            for (int m = 0; m < 20; m++) {
                assertThat(screened.models().get(m).model()).isEqualTo(full.models().get(m).model());
                assertThat(screened.models().get(m).weight()).isCloseTo(full.models().get(m).weight(), within(1e-9));
            }
            assertThat(screened.models()).hasSize(full.models().size());
        }
    }

    @Test
    void sevenDependentListsRecoverAPopulationOfKnownSize() {
        // N = 1,500 people, 7 lists with capture probabilities 0.1-0.35 and three direct dependencies, which
        // decomposable models describe. About 80% are seen, so the posterior sd is near 1.5% of N: a 95%
        // interval that misses N, or a median more than 6% (about 4 sd) away, means the estimator is wrong,
        // not unlucky (this seed's population is fixed, so the test is deterministic).
        DependentLists population = DependentLists.draw(1_500, 7, false, Variates.seeded(16));
        DgaEstimator.Posterior p = new DgaEstimator(DgaSettings.defaults()).posterior(population.history(),
                Progress.NONE);
        assertThat(p.quantile(0.025)).isLessThanOrEqualTo(1_500);
        assertThat(p.quantile(0.975)).isGreaterThanOrEqualTo(1_500);
        assertThat((double) p.quantile(0.5)).isCloseTo(1_500, within(0.06 * 1_500));
        assertThat(p.models()).hasSize(617_675);
        assertThat(p.models().get(0).model()).contains("[L1,L2]").contains("[L3,L4]");
        double total = 0;
        for (double x : p.probability()) {
            total += x;
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void eightListsAreRefusedInOneLineSayingWhatToDo() {
        long[] counts = new long[256];
        for (int pattern = 1; pattern < 256; pattern++) {
            counts[pattern] = 1;
        }
        CaptureHistory eight = CaptureHistory.of(List.of("A", "B", "C", "D", "E", "F", "G", "H"), counts);
        assertThatThrownBy(() -> new DgaEstimator(DgaSettings.defaults()).posterior(eight, Progress.NONE))
                .isInstanceOf(EstimationInputException.class)
                .hasMessageContaining("3 to 7 lists").hasMessageContaining("8").hasMessageContaining("--lists")
                .hasMessageNotContaining("\n");
    }

    /** Maximal complete vertex sets, by brute force over all subsets. */
    private static List<Integer> maximalCliques(int vertices, int edges) {
        int[] adj = new int[vertices];
        int bit = 0;
        for (int a = 0; a < vertices; a++) {
            for (int b = a + 1; b < vertices; b++) {
                if ((edges & (1 << bit)) != 0) {
                    adj[a] |= 1 << b;
                    adj[b] |= 1 << a;
                }
                bit++;
            }
        }
        List<Integer> complete = new ArrayList<>();
        for (int s = 1; s < (1 << vertices); s++) {
            boolean ok = true;
            for (int v = 0; v < vertices; v++) {
                if ((s & (1 << v)) != 0 && (adj[v] & s) != (s & ~(1 << v))) {
                    ok = false;
                }
            }
            if (ok) {
                complete.add(s);
            }
        }
        List<Integer> maximal = new ArrayList<>();
        for (int s : complete) {
            if (complete.stream().noneMatch(t -> t != s && (t & s) == s)) {
                maximal.add(s);
            }
        }
        maximal.sort(Comparator.naturalOrder());
        return maximal;
    }

    /** Separators of a maximum-weight spanning forest of clique intersections (a junction tree). */
    private static List<Integer> kruskalSeparators(List<Integer> cliques) {
        List<int[]> candidates = new ArrayList<>();
        for (int a = 0; a < cliques.size(); a++) {
            for (int b = a + 1; b < cliques.size(); b++) {
                int meet = cliques.get(a) & cliques.get(b);
                if (meet != 0) {
                    candidates.add(new int[] {a, b, meet});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -Integer.bitCount(c[2])));
        int[] parent = new int[cliques.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Integer> separators = new ArrayList<>();
        for (int[] c : candidates) {
            int ra = root(parent, c[0]);
            int rb = root(parent, c[1]);
            if (ra != rb) {
                parent[ra] = rb;
                separators.add(c[2]);
            }
        }
        separators.sort(Comparator.naturalOrder());
        return separators;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
