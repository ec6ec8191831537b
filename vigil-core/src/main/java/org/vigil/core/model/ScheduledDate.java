package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

/**
 * A date researchers are waiting for in a monitored case: a hearing, an appeal, the end of a term.
 *
 * @param date when
 * @param what what is expected ("appeal hearing at the regional court")
 */
public record ScheduledDate(PartialDate date, String what) {

    /** Normalises absent parts. */
    public ScheduledDate {
        what = Fields.required(what);
    }
}
