package org.vigil.core.time;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The order of things in time when dates are partial: by the first day a date may denote, then its last
 * ("2012" before "March 2012", which lies within it), and — where the dates cannot tell which came first
 * (overlapping or missing) — by the usual course of a case, arrest before charge before trial.
 */
public final class Chronology {

    /** No place in the course of a case: such entries keep their date order. */
    public static final int NO_RANK = -1;

    private Chronology() {
    }

    /** Oldest first; partial dates by their earliest, then latest day; undated ones last. */
    public static final Comparator<Optional<PartialDate>> OLDEST_FIRST = Comparator.comparing(
            (Optional<PartialDate> d) -> d.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * Items in time order: dated ones by their dates; where two dates overlap, or one is missing, the one
     * earlier in the course of a case comes first ({@code rank}; {@link #NO_RANK} for items outside it).
     */
    public static <T> List<T> ordered(List<T> items, Function<T, Optional<PartialDate>> date, ToIntFunction<T> rank) {
        // "Comes before" over partial dates is no total order, so no comparator can sort by it: this is a
        // topological order of its pairs, taking at each step the earliest-dated item whose predecessors are placed.
        int n = items.size();
        List<Integer> byDate = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byDate.add(i);
        }
        byDate.sort(Comparator.comparing((Integer i) -> date.apply(items.get(i)), OLDEST_FIRST)
                .thenComparing(i -> i));
        int[] waiting = new int[n];
        boolean[][] before = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && belongsBefore(items.get(a), items.get(b), date, rank)) {
                    before[a][b] = true;
                    waiting[b]++;
                }
            }
        }
        List<T> out = new ArrayList<>();
        boolean[] placed = new boolean[n];
        while (out.size() < n) {
            int next = -1;
            for (int i : byDate) {
                if (!placed[i] && waiting[i] == 0) {
                    next = i;
                    break;
                }
            }
            if (next < 0) {
                // Contradictory data (a cycle of "before"s): the earliest-dated item left goes next.
                next = byDate.stream().filter(i -> !placed[i]).findFirst().orElseThrow();
            }
            placed[next] = true;
            out.add(items.get(next));
            for (int b = 0; b < n; b++) {
                if (before[next][b]) {
                    waiting[b]--;
                }
            }
        }
        return out;
    }

    /** True when {@code b} must come before {@code a}. */
    private static <T> boolean belongsBefore(T b, T a, Function<T, Optional<PartialDate>> date, ToIntFunction<T> rank) {
        Optional<PartialDate> db = date.apply(b);
        Optional<PartialDate> da = date.apply(a);
        if (db.isPresent() && da.isPresent()) {
            if (db.get().isCertainlyBefore(da.get())) {
                return true;
            }
            if (da.get().isCertainlyBefore(db.get())) {
                return false;
            }
        }
        int rb = rank.applyAsInt(b);
        int ra = rank.applyAsInt(a);
        return rb != NO_RANK && ra != NO_RANK && rb < ra;
    }
}
