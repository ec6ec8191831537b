package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order in which a person's legal steps are told: by date where the dates settle it, and by the
 * order of procedure (arrest, charge, trial, sentence, appeal, release) where they do not.
 *
 * <p>A sort by date alone misplaces steps the source dates only roughly: "sentenced in 2012" is not
 * before "charged on 23 January 2012" merely because 2012 starts on 1 January, nor after it because it
 * is less precise. So one step goes before another when its date certainly ends before the other's
 * begins; when the dates overlap or one is missing, procedure decides. Those two rules can disagree
 * (a second arrest in June after a sentence in January, with a charge known only to the year); the
 * order then takes, among the steps nothing is known to precede, the one that can have happened first.
 */
public final class ProceedingChronology {

    /** Procedural order of step kinds (their {@link ProceedingStep#kindCode()}). */
    public static final List<String> PROCEDURE = List.of("extradition_request", "arrest", "charge", "detention",
            "trial", "verdict", "sentence", "appeal", "release");

    private static final Comparator<Proceeding> EARLIEST_POSSIBLE = Comparator
            .comparing((Proceeding p) -> p.date().map(PartialDate::earliest).orElse(java.time.LocalDate.MAX))
            .thenComparingInt(ProceedingChronology::procedureIndex)
            .thenComparing(Proceeding::id);

    private ProceedingChronology() {
    }

    /** The steps in the order they are told; the input is not changed. */
    public static List<Proceeding> order(List<Proceeding> steps) {
        List<Proceeding> left = new ArrayList<>(steps);
        left.sort(EARLIEST_POSSIBLE);
        List<Proceeding> out = new ArrayList<>(left.size());
        while (!left.isEmpty()) {
            Proceeding next = left.stream().filter(p -> left.stream().noneMatch(q -> q != p && precedes(q, p)))
                    .findFirst().orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return List.copyOf(out);
    }

    /** Whether {@code a} is told before {@code b}: its date ends before b's begins, or procedure says so. */
    static boolean precedes(Proceeding a, Proceeding b) {
        Optional<PartialDate> da = a.date();
        Optional<PartialDate> db = b.date();
        if (da.isPresent() && db.isPresent()) {
            if (da.get().latest().isBefore(db.get().earliest())) {
                return true;
            }
            if (db.get().latest().isBefore(da.get().earliest())) {
                return false;
            }
        }
        return procedureIndex(a) < procedureIndex(b);
    }

    private static int procedureIndex(Proceeding p) {
        int i = PROCEDURE.indexOf(p.step().kindCode());
        return i < 0 ? PROCEDURE.size() : i;
    }
}
