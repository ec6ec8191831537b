package org.vigil.estimate.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/**
 * Counts of people per capture pattern over J lists: how many people are on exactly this
 * combination of lists. Pattern p is a J-bit number whose most significant bit is the first list,
 * the order of the common CSV format; pattern 0 (on no list) is the unknown and is never stored.
 */
public final class CaptureHistory {

    /** The most lists one history may hold: 2^J cells must stay small. */
    public static final int MAX_LISTS = 16;

    private final List<String> lists;
    private final long[] counts;

    private CaptureHistory(List<String> lists, long[] counts) {
        this.lists = lists;
        this.counts = counts;
    }

    /**
     * A history from list names and counts indexed by pattern (index 0 is ignored and must be 0).
     *
     * @throws EstimationInputException for fewer than two lists, negative counts, an empty list
     */
    public static CaptureHistory of(List<String> lists, long[] countsByPattern) {
        List<String> names = List.copyOf(lists);
        int j = names.size();
        if (j < 2) {
            throw new EstimationInputException("need at least two lists to estimate from their overlap, got "
                    + j + " " + names + ": add another list (source)");
        }
        if (j > MAX_LISTS) {
            throw new EstimationInputException("too many lists (" + j + "); at most " + MAX_LISTS
                    + " are supported: merge or drop lists");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new EstimationInputException("a list has a blank name: name every list");
            }
            if (!seen.add(name)) {
                throw new EstimationInputException("list name '" + name + "' appears twice: list names must be distinct");
            }
        }
        if (countsByPattern.length != (1 << j)) {
            throw new EstimationInputException("expected " + (1 << j) + " pattern counts for " + j
                    + " lists, got " + countsByPattern.length);
        }
        long[] copy = countsByPattern.clone();
        if (copy[0] != 0) {
            throw new EstimationInputException("the count of people on no list is the unknown to estimate and must not be given (got "
                    + copy[0] + ")");
        }
        for (int p = 1; p < copy.length; p++) {
            if (copy[p] < 0) {
                throw new EstimationInputException("negative count " + copy[p] + " for pattern " + patternText(p, j));
            }
        }
        CaptureHistory history = new CaptureHistory(names, copy);
        for (int list = 0; list < j; list++) {
            if (history.listTotal(list) == 0) {
                throw new EstimationInputException("list '" + names.get(list)
                        + "' has nobody on it: remove that list or check the data");
            }
        }
        return history;
    }

    /** The list names, in column order. */
    public List<String> lists() {
        return lists;
    }

    /** The number of lists J. */
    public int listCount() {
        return lists.size();
    }

    /** The number of cells 2^J, including the unobserved pattern 0. */
    public int cellCount() {
        return counts.length;
    }

    /** People with exactly this pattern (0 for pattern 0). */
    public long count(int pattern) {
        return counts[pattern];
    }

    /** Counts indexed by pattern, index 0 holding 0; a copy. */
    public long[] counts() {
        return counts.clone();
    }

    /** The number of distinct people observed on at least one list. */
    public long observed() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** The bit of list {@code list} (0-based column) within a pattern. */
    public int bit(int list) {
        return 1 << (lists.size() - 1 - list);
    }

    /** Whether pattern includes list {@code list}. */
    public boolean onList(int pattern, int list) {
        return (pattern & bit(list)) != 0;
    }

    /** How many people are on list {@code list}. */
    public long listTotal(int list) {
        long total = 0;
        int b = bit(list);
        for (int p = 1; p < counts.length; p++) {
            if ((p & b) != 0) {
                total += counts[p];
            }
        }
        return total;
    }

    /** f_k: how many people are on exactly k lists, for k = 0..J (f_0 = 0). */
    public long[] frequencyOfCaptures() {
        long[] f = new long[lists.size() + 1];
        for (int p = 1; p < counts.length; p++) {
            f[Integer.bitCount(p)] += counts[p];
        }
        return f;
    }

    /**
     * The history over a subset of the lists (people on none of them drop out).
     *
     * @throws EstimationInputException when a name is unknown
     */
    public CaptureHistory select(List<String> chosen) {
        int[] columns = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            columns[i] = lists.indexOf(chosen.get(i));
            if (columns[i] < 0) {
                throw new EstimationInputException("unknown list '" + chosen.get(i) + "'; the lists are " + lists);
            }
        }
        int k = chosen.size();
        if (k < 2 || k > MAX_LISTS) {
            throw new EstimationInputException("--lists must name 2 to " + MAX_LISTS + " lists, got " + chosen);
        }
        long[] out = new long[1 << k];
        for (int p = 1; p < counts.length; p++) {
            int q = 0;
            for (int i = 0; i < k; i++) {
                if (onList(p, columns[i])) {
                    q |= 1 << (k - 1 - i);
                }
            }
            if (q != 0) {
                out[q] += counts[p];
            }
        }
        return of(chosen, out);
    }

    /** The sum of two histories over the same lists (for pooling strata). */
    public CaptureHistory plus(CaptureHistory other) {
        if (!lists.equals(other.lists)) {
            throw new EstimationInputException("cannot add histories over different lists " + lists + " and " + other.lists);
        }
        long[] sum = counts.clone();
        for (int p = 0; p < sum.length; p++) {
            sum[p] += other.counts[p];
        }
        return new CaptureHistory(lists, sum);
    }

    /** A pattern as 0/1 text in list order, e.g. "1011". */
    public static String patternText(int pattern, int listCount) {
        StringBuilder s = new StringBuilder(listCount);
        for (int i = listCount - 1; i >= 0; i--) {
            s.append((pattern >> i) & 1);
        }
        return s.toString();
    }

    /** The names of the lists in a pattern, e.g. [EXH, OSCE]. */
    public List<String> listsIn(int pattern) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            if (onList(pattern, i)) {
                names.add(lists.get(i));
            }
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaptureHistory && ((CaptureHistory) o).lists.equals(lists)
                && Arrays.equals(((CaptureHistory) o).counts, counts);
    }

    @Override
    public int hashCode() {
        return lists.hashCode() * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CaptureHistory" + lists + " n=" + observed();
    }
}
