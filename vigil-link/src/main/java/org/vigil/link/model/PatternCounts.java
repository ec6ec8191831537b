package org.vigil.link.model;

import java.util.Arrays;

/**
 * Distinct comparison vectors with how many pairs have each: EM works on these, which are few
 * even when the pairs are many.
 *
 * @param patterns the encoded comparison vectors, ascending
 * @param counts   how many pairs have each
 */
public record PatternCounts(int[] patterns, long[] counts) {

    /** Counts the patterns of the given pairs. */
    public static PatternCounts of(int[] pairPatterns, int size) {
        int[] sorted = Arrays.copyOf(pairPatterns, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < size; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                distinct++;
            }
        }
        int[] p = new int[distinct];
        long[] c = new long[distinct];
        int d = -1;
        for (int k = 0; k < size; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                d++;
                p[d] = sorted[k];
            }
            c[d]++;
        }
        return new PatternCounts(p, c);
    }

    /** Total number of pairs. */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }
}
