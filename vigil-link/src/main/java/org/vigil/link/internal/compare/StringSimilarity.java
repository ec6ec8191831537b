package org.vigil.link.internal.compare;

/**
 * String similarities used by the comparisons, written without allocation for the hot loop:
 * Jaro–Winkler (Winkler 1990, prefix scale 0.1 over at most 4 characters, as in commons-text and
 * Splink) and the optimal-string-alignment distance (Levenshtein plus adjacent transpositions).
 */
public final class StringSimilarity {

    private static final ThreadLocal<boolean[][]> FLAGS = ThreadLocal.withInitial(() -> new boolean[][]{
            new boolean[64], new boolean[64]});
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][]{
            new int[65], new int[65], new int[65]});

    private StringSimilarity() {
    }

    /** Jaro–Winkler similarity in [0, 1]; 1 for equal strings, 0 when either is empty. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0.0 : 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        boolean[] ma;
        boolean[] mb;
        if (la <= 64 && lb <= 64) {
            boolean[][] f = FLAGS.get();
            ma = f[0];
            mb = f[1];
            java.util.Arrays.fill(ma, 0, la, false);
            java.util.Arrays.fill(mb, 0, lb, false);
        } else {
            ma = new boolean[la];
            mb = new boolean[lb];
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!mb[j] && b.charAt(j) == c) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int maxPrefix = Math.min(4, Math.min(la, lb));
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /**
     * Optimal-string-alignment distance, or {@code limit + 1} as soon as it is known to exceed
     * {@code limit}: "1804974" and "1809474" are at distance 1 (one transposition).
     */
    public static int editDistance(String a, String b, int limit) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > limit) {
            return limit + 1;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        int[] prev2;
        int[] prev;
        int[] cur;
        if (lb < 65) {
            int[][] rows = ROWS.get();
            prev2 = rows[0];
            prev = rows[1];
            cur = rows[2];
        } else {
            prev2 = new int[lb + 1];
            prev = new int[lb + 1];
            cur = new int[lb + 1];
        }
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], limit + 1);
    }
}
