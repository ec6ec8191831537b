package org.vigil.estimate.result;

import java.util.List;

/**
 * A histogram of the posterior of the total N: bin i covers [start + i*width, start + (i+1)*width),
 * and {@code mass} is the share of posterior probability in it.
 *
 * @param start left edge of the first bin
 * @param width bin width
 * @param mass posterior probability per bin
 */
public record Histogram(double start, double width, List<Double> mass) {

    /** Copies the list. */
    public Histogram {
        mass = List.copyOf(mass);
    }

    /** A histogram of integer draws with about {@code bins} bins of integer width. */
    public static Histogram ofDraws(long[] draws, int bins) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long d : draws) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        long width = Math.max(1, (max - min + bins) / bins);
        int count = (int) ((max - min) / width) + 1;
        double[] mass = new double[count];
        for (long d : draws) {
            mass[(int) ((d - min) / width)] += 1.0 / draws.length;
        }
        return new Histogram(min, width, toList(mass));
    }

    /** A histogram of a probability vector over consecutive integers first, first+1, ... */
    public static Histogram ofProbabilities(long first, double[] probability, int bins) {
        int lo = 0;
        int hi = probability.length - 1;
        // Trim the far tails (below 1e-6 in total) so the bins cover where the mass is.
        double tail = 0;
        while (lo < hi && tail + probability[lo] < 5e-7) {
            tail += probability[lo++];
        }
        tail = 0;
        while (hi > lo && tail + probability[hi] < 5e-7) {
            tail += probability[hi--];
        }
        long width = Math.max(1, (hi - lo + bins) / bins);
        int count = (int) ((hi - lo) / width) + 1;
        double[] mass = new double[count];
        for (int i = lo; i <= hi; i++) {
            mass[(int) ((i - lo) / width)] += probability[i];
        }
        return new Histogram(first + lo, width, toList(mass));
    }

    private static List<Double> toList(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }
}
