package org.vigil.estimate.bench;

import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.internal.math.Variates;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed population of known size whose lists capture people unequally (heterogeneity) and with
 * list-specific probabilities: each person belongs to one of 2 or 3 latent groups (shares drawn
 * uniformly on the simplex, each at least 10%), and list j records a person of group g with
 * probability p[g][j] ~ U(0.08, 0.5). With {@code referral}, list 2 is also 1.5 times as likely to
 * record someone already on list 1 (direct dependence between lists, outside the latent-class model).
 *
 * @param size the true N
 * @param history what the lists recorded
 */
public record SimulatedPopulation(long size, CaptureHistory history) {

    /** Draws a population of {@code size} people over {@code lists} lists. */
    public static SimulatedPopulation draw(long size, int lists, boolean referral, Variates random) {
        int groups = random.uniform() < 0.5 ? 2 : 3;
        double[] share = new double[groups];
        do {
            double total = 0;
            for (int g = 0; g < groups; g++) {
                share[g] = -Math.log(random.uniform());
                total += share[g];
            }
            for (int g = 0; g < groups; g++) {
                share[g] /= total;
            }
        } while (min(share) < 0.1);
        double[][] p = new double[groups][lists];
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < lists; j++) {
                p[g][j] = 0.08 + 0.42 * random.uniform();
            }
        }
        long[] counts = new long[1 << lists];
        for (long i = 0; i < size; i++) {
            double u = random.uniform();
            int g = 0;
            while (g < groups - 1 && u > share[g]) {
                u -= share[g++];
            }
            int pattern = 0;
            boolean onFirst = false;
            for (int j = 0; j < lists; j++) {
                double q = p[g][j];
                if (referral && j == 1 && onFirst) {
                    q = Math.min(0.95, 1.5 * q);
                }
                boolean on = random.uniform() < q;
                if (j == 0) {
                    onFirst = on;
                }
                if (on) {
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
        return new SimulatedPopulation(size, CaptureHistory.of(names, counts));
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }
}
