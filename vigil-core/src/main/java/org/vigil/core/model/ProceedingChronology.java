package org.vigil.core.model;

import org.vigil.core.time.Chronology;

import java.util.List;

/**
 * The order in which a person's legal steps are told: by date where the dates settle it, and by the
 * order of procedure (arrest, charge, trial, sentence, appeal, release) where they do not.
 *
 * <p>A sort by date alone misplaces steps the source dates only roughly: "sentenced in 2012" is not
 * before "charged on 23 January 2012" merely because 2012 starts on 1 January, nor after it because it
 * is less precise. So one step goes before another when its date certainly ends before the other's
 * begins; when the dates overlap or one is missing, procedure decides ({@link Chronology#ordered}).
 */
public final class ProceedingChronology {

    /** Procedural order of step kinds (their {@link ProceedingStep#kindCode()}). */
    public static final List<String> PROCEDURE = List.of("extradition_request", "arrest", "charge", "detention",
            "trial", "verdict", "sentence", "appeal", "release");

    private ProceedingChronology() {
    }

    /** The steps in the order they are told; the input is not changed. */
    public static List<Proceeding> order(List<Proceeding> steps) {
        return List.copyOf(Chronology.ordered(steps, Proceeding::date, p -> rank(p.step().kindCode())));
    }

    /** Where a kind of step falls in the course of a case ({@link #PROCEDURE}); unknown kinds go with trials. */
    public static int rank(String kindCode) {
        int i = PROCEDURE.indexOf(kindCode);
        return i < 0 ? PROCEDURE.indexOf("trial") : i;
    }
}
