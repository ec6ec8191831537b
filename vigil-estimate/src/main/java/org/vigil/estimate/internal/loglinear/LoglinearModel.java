package org.vigil.estimate.internal.loglinear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Poisson log-linear model of the 2^J - 1 observed cells: an intercept (whose exponential is the
 * expected number of people on no list), either one common capture effect (M0) or one effect per
 * list, interaction terms, and optional heterogeneity columns.
 *
 * @param name a readable name such as "[EXH*ABA*OSCE, EXH*HRW, OSCE*HRW]" or "Mth Poisson2"
 * @param equalCatchability true for M0/Mh: one column counting the lists a pattern is on
 * @param interactions interaction terms as pattern masks (two or more bits), sorted by order then value
 * @param heterogeneity the heterogeneity term
 */
public record LoglinearModel(String name, boolean equalCatchability, List<Integer> interactions,
                             Heterogeneity heterogeneity) {

    /** Copies and sorts the interaction terms. */
    public LoglinearModel {
        List<Integer> sorted = new ArrayList<>(interactions);
        sorted.sort(TERM_ORDER);
        interactions = List.copyOf(sorted);
    }

    /** Orders terms by their order (number of lists) then by mask, descending, i.e. list order. */
    public static final Comparator<Integer> TERM_ORDER = Comparator.comparingInt(Integer::bitCount)
            .thenComparing(Comparator.reverseOrder());

    /** The number of design columns, intercept included. */
    public int columnCount(int lists) {
        int base = 1 + (equalCatchability ? 1 : lists) + interactions.size();
        return heterogeneity == Heterogeneity.NONE ? base : base + heterogeneity.columnCount(lists);
    }

    /** The index of the first heterogeneity column (the Chao constraint applies from there). */
    public int firstHeterogeneityColumn(int lists) {
        return 1 + (equalCatchability ? 1 : lists) + interactions.size();
    }

    /**
     * The design matrix: one row per pattern 1..2^J-1, then, if {@code withZeroRow}, a row for pattern
     * 0 (intercept only, every other column is 0 there by construction).
     */
    public double[][] design(int lists, boolean withZeroRow) {
        int cells = 1 << lists;
        int rows = withZeroRow ? cells : cells - 1;
        int cols = columnCount(lists);
        double[][] x = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            int p = r < cells - 1 ? r + 1 : 0;
            int f = Integer.bitCount(p);
            double[] row = x[r];
            int c = 0;
            row[c++] = 1;
            if (equalCatchability) {
                row[c++] = f;
            } else {
                for (int i = 0; i < lists; i++) {
                    row[c++] = (p >> (lists - 1 - i)) & 1;
                }
            }
            for (int term : interactions) {
                row[c++] = (p & term) == term ? 1 : 0;
            }
            if (heterogeneity != Heterogeneity.NONE) {
                for (int h = 0; h < heterogeneity.columnCount(lists); h++) {
                    row[c++] = p == 0 ? 0 : heterogeneity.value(h, f);
                }
            }
        }
        return x;
    }

    /** The same model with a heterogeneity term. */
    public LoglinearModel with(Heterogeneity h, String newName) {
        return new LoglinearModel(newName, equalCatchability, interactions, h);
    }
}
