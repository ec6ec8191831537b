package org.vigil.link.internal.block;

import java.util.Arrays;

/**
 * Candidate pairs in compact parallel arrays: the two record indexes, the encoded comparison
 * vector and the blocking rule that first produced the pair. Appended by one thread at a time.
 */
public final class CandidatePairs {

    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private int[] patterns = new int[1024];
    private byte[] rules = new byte[1024];
    private int size;

    /** Adds a pair. */
    public void add(int i, int j, int pattern, int rule) {
        if (size == left.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, left.length * 2L);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            patterns = Arrays.copyOf(patterns, capacity);
            rules = Arrays.copyOf(rules, capacity);
        }
        left[size] = i;
        right[size] = j;
        patterns[size] = pattern;
        rules[size] = (byte) rule;
        size++;
    }

    /** Appends all pairs of another list. */
    public void addAll(CandidatePairs other) {
        for (int k = 0; k < other.size; k++) {
            add(other.left[k], other.right[k], other.patterns[k], other.rules[k]);
        }
    }

    /** Number of pairs. */
    public int size() {
        return size;
    }

    /** First record of pair {@code k}. */
    public int left(int k) {
        return left[k];
    }

    /** Second record of pair {@code k}. */
    public int right(int k) {
        return right[k];
    }

    /** Encoded comparison vector of pair {@code k}. */
    public int pattern(int k) {
        return patterns[k];
    }

    /** Index of the blocking rule that produced pair {@code k}. */
    public int rule(int k) {
        return rules[k];
    }
}
