package org.vigil.link.internal.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How common each value of one field is, for the term-frequency adjustment: agreeing on a rare
 * surname is stronger evidence than agreeing on a common one. A value's share is counted over
 * persons (clusters) when they are known, else over records.
 */
final class TermFrequencies {

    private final int[] keys;
    private final float[] shares;
    private final double agreement;

    private TermFrequencies(int[] keys, float[] shares, double agreement) {
        this.keys = keys;
        this.shares = shares;
        this.agreement = agreement;
    }

    /**
     * Counts the values of a field.
     *
     * @param cmp            the field's comparison (gives each value's frequency key)
     * @param values         prepared values, null when missing
     * @param representative each record's cluster representative, or null to count records
     */
    static TermFrequencies count(FieldComparison cmp, Object[] values, int[] representative) {
        Map<String, Integer> ids = new HashMap<>();
        int[] keys = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = values[i] == null ? -1 : ids.computeIfAbsent(cmp.frequencyKey(values[i]), k -> ids.size());
        }
        int[] counts = new int[ids.size()];
        int units;
        if (representative == null) {
            units = 0;
            for (int k : keys) {
                if (k >= 0) {
                    counts[k]++;
                    units++;
                }
            }
        } else {
            // each cluster counts once per value it holds
            Set<Long> seen = new HashSet<>();
            Set<Integer> clusters = new HashSet<>();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] >= 0) {
                    clusters.add(representative[i]);
                    if (seen.add(((long) keys[i] << 32) | representative[i])) {
                        counts[keys[i]]++;
                    }
                }
            }
            units = clusters.size();
        }
        float[] shares = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            shares[i] = keys[i] < 0 ? 0f : (float) counts[keys[i]] / Math.max(1, units);
        }
        // the chance that two different units agree: the sum of squared shares
        double agreement = 0;
        for (int c : counts) {
            double q = (double) c / Math.max(1, units);
            agreement += q * q;
        }
        return new TermFrequencies(keys, shares, agreement);
    }

    /**
     * log2 of (typical chance of agreeing / share of this value) when both records hold the same
     * value, else 0: positive for rare values, negative for common ones.
     */
    double adjustment(int i, int j) {
        if (keys[i] < 0 || keys[i] != keys[j]) {
            return 0;
        }
        double share = Math.max(shares[i], shares[j]);
        return share <= 0 || agreement <= 0 ? 0 : Math.log(agreement / share) / Math.log(2);
    }

    /** The share of the value of record {@code i}; 0 when missing. */
    float share(int i) {
        return shares[i];
    }
}
