package org.vigil.link.heldout;

import java.util.List;
import java.util.SplittableRandom;

/** A finite distribution over values, drawn by inverse cumulative weight. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per value, got " + weights.length + " for " + values.size());
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Values with explicit weights (they need not sum to one). */
    static <T> Weighted<T> of(List<T> values, double... weights) {
        return new Weighted<>(values, weights);
    }

    /** Values listed from most to least frequent, weight 1/rank^exponent (Zipf-like). */
    static <T> Weighted<T> byRank(List<T> values, double exponent) {
        double[] weights = new double[values.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.pow(i + 1, -exponent);
        }
        return new Weighted<>(values, weights);
    }

    /** One value. */
    T pick(SplittableRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }

    /** The probability of the value at an index. */
    double probability(int index) {
        return index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1];
    }

    /** The number of values. */
    int size() {
        return values.size();
    }

    /** The value at an index. */
    T value(int index) {
        return values.get(index);
    }
}
