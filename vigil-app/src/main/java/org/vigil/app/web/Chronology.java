package org.vigil.app.web;

import org.vigil.core.model.Event;
import org.vigil.core.time.PartialDate;

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
final class Chronology {

    /** No place in the course of a case: such entries keep their date order. */
    static final int NO_RANK = -1;

    private Chronology() {
    }

    /** Oldest first; partial dates by their earliest, then latest day; undated ones last. */
    static final Comparator<Optional<PartialDate>> OLDEST_FIRST = Comparator.comparing(
            (Optional<PartialDate> d) -> d.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

    /** Events newest first: the exact reverse of oldest first for dated ones; undated ones last. */
    static List<Event> newestFirst(List<Event> events) {
        Comparator<Optional<PartialDate>> newest = Comparator.comparing(
                (Optional<PartialDate> d) -> d.orElse(null), Comparator.nullsLast(Comparator.reverseOrder()));
        return events.stream().sorted(Comparator.comparing(Event::start, newest)).toList();
    }

    /**
     * Items in time order: dated ones by their dates; where two dates overlap, or one is missing, the one
     * earlier in the course of a case comes first ({@code rank}; {@link #NO_RANK} for items outside it).
     */
    static <T> List<T> ordered(List<T> items, Function<T, Optional<PartialDate>> date, ToIntFunction<T> rank) {
        List<T> out = new ArrayList<>(items.stream()
                .sorted(Comparator.comparing(date, OLDEST_FIRST)).toList());
        // "Comes before" is not transitive over partial dates, so no comparator sort can use it; adjacent swaps,
        // bounded by the number of items, settle an undated charge between a dated arrest and a dated trial.
        for (int pass = 0; pass < out.size(); pass++) {
            boolean swapped = false;
            for (int i = 0; i + 1 < out.size(); i++) {
                if (belongsBefore(out.get(i + 1), out.get(i), date, rank)) {
                    T a = out.get(i);
                    out.set(i, out.get(i + 1));
                    out.set(i + 1, a);
                    swapped = true;
                }
            }
            if (!swapped) {
                break;
            }
        }
        return out;
    }

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
