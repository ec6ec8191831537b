package org.vigil.link.internal.model;

import java.util.Arrays;

/**
 * Distinct comparison vectors with how many pairs have each: EM works on these, which are few
 * even when the pairs are many.
 *
 * @param patterns the encoded comparison vectors, ascending
 * @param counts   how many pairs have each
 */
public record PatternCounts(int[] patterns, long[] counts) {

    /** Largest encoded vector counted in a plain array. */
    static final int DIRECT_LIMIT = 1 << 22;

    /** Counts the patterns of the given pairs. */
    public static PatternCounts of(int[] pairPatterns, int size) {
        int max = 0;
        for (int k = 0; k < size; k++) {
            max = Math.max(max, pairPatterns[k]);
        }
        if (max < DIRECT_LIMIT) {
            // few possible vectors: count them directly instead of sorting millions of pairs
            long[] direct = new long[max + 1];
            for (int k = 0; k < size; k++) {
                direct[pairPatterns[k]]++;
            }
            int distinct = 0;
            for (long c : direct) {
                distinct += c > 0 ? 1 : 0;
            }
            int[] p = new int[distinct];
            long[] c = new long[distinct];
            int d = 0;
            for (int v = 0; v <= max; v++) {
                if (direct[v] > 0) {
                    p[d] = v;
                    c[d++] = direct[v];
                }
            }
            return new PatternCounts(p, c);
        }
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
