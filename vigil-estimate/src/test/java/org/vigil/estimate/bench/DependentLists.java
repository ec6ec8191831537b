package org.vigil.estimate.bench;

import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.internal.math.Variates;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed population of known size seen by 5 to 7 lists with list-specific capture probabilities
 * p_j ~ U(0.1, 0.35) and direct dependencies between lists: someone on list 1 is twice as likely to be on
 * list 2, someone on list 3 twice as likely to be on list 4, and someone on list 5 half as likely to be on
 * list 6 (a referral, a shared source, an exclusion). With {@code heterogeneous}, a third of the people are
 * also twice as easy to capture on every list (capped at 0.9), which no log-linear model without the latent
 * group describes exactly.
 *
 * @param size the true N
 * @param history what the lists recorded
 */
public record DependentLists(long size, CaptureHistory history) {

    /** Draws a population of {@code size} people over {@code lists} lists (5 to 7). */
    public static DependentLists draw(long size, int lists, boolean heterogeneous, Variates random) {
        double[] p = new double[lists];
        for (int j = 0; j < lists; j++) {
            p[j] = 0.1 + 0.25 * random.uniform();
        }
        long[] counts = new long[1 << lists];
        boolean[] on = new boolean[lists];
        for (long person = 0; person < size; person++) {
            double easy = heterogeneous && random.uniform() < 1.0 / 3 ? 2 : 1;
            int pattern = 0;
            for (int j = 0; j < lists; j++) {
                double q = easy * p[j];
                if ((j == 1 && on[0]) || (j == 3 && on[2])) {
                    q *= 2;
                } else if (j == 5 && on[4]) {
                    q *= 0.5;
                }
                on[j] = random.uniform() < Math.min(0.9, q);
                if (on[j]) {
                    pattern |= 1 << (lists - 1 - j);
                }
            }
            counts[pattern]++;
        }
        counts[0] = 0;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < lists; j++) {
            names.add("L" + (j + 1));
        }
        return new DependentLists(size, CaptureHistory.of(names, counts));
    }
}
