package org.vigil.link.distributed;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * How common each value of each term-frequency field is, counted across the whole input by a cluster
 * (over records, or over persons once a first clustering knows them), for the adjustment that makes
 * agreeing on a rare surname count more than on a common one. The shares are those vigil-link's
 * term frequencies hold; {@link #adjustment} is their adjustment.
 */
public final class TermShares implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final TermShares NONE = new TermShares(List.of(), new double[0]);

    private final List<Map<String, Float>> shares;
    private final double[] agreement;

    private TermShares(List<Map<String, Float>> shares, double[] agreement) {
        this.shares = shares;
        this.agreement = agreement;
    }

    /** No term-frequency field. */
    public static TermShares none() {
        return NONE;
    }

    /**
     * Shares from counts.
     *
     * @param counts per field, each frequency key's count (records, or clusters holding it); empty for a field
     *               without term-frequency adjustment
     * @param units  per field, the records (or clusters) holding any value
     */
    public static TermShares of(List<Map<String, Long>> counts, long[] units) {
        List<Map<String, Float>> shares = new java.util.ArrayList<>();
        double[] agreement = new double[counts.size()];
        for (int f = 0; f < counts.size(); f++) {
            Map<String, Float> s = new java.util.HashMap<>(counts.get(f).size() * 2);
            long u = Math.max(1, units[f]);
            double a = 0;
            for (Map.Entry<String, Long> e : counts.get(f).entrySet()) {
                s.put(e.getKey(), (float) e.getValue() / u);
                double q = (double) e.getValue() / u;
                a += q * q;
            }
            shares.add(s);
            agreement[f] = a;
        }
        return new TermShares(shares, agreement);
    }

    /**
     * log2(chance two different units agree / share of the value) when both records hold the same value of
     * field {@code f}, else 0, as vigil-link's term frequencies give it.
     */
    public double adjustment(int f, String keyA, String keyB) {
        if (f >= shares.size() || keyA == null || !keyA.equals(keyB)) {
            return 0;
        }
        Float share = shares.get(f).get(keyA);
        return share == null || share <= 0 || agreement[f] <= 0 ? 0 : Math.log(agreement[f] / share) / Math.log(2);
    }
}
