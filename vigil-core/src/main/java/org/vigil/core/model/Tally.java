package org.vigil.core.model;

import org.vigil.core.count.Count;
import org.vigil.core.time.PartialDate;

import java.util.Optional;

/**
 * A figure reported about an event without naming everyone it counts: "at least 15 people were killed".
 *
 * @param what    what was counted, in words ("killed", "seriously injured")
 * @param count   the figure with its qualifier
 * @param unit    what one unit is: {@code people}, {@code organisations}, {@code events}
 * @param actType the act type counted, when the figure counts victims of one kind of act
 * @param date    when, if it differs from the event's date
 */
public record Tally(String what, Count count, String unit, Optional<String> actType, Optional<PartialDate> date) {

    /** Normalises absent parts; the unit defaults to people. */
    public Tally {
        what = Fields.required(what);
        unit = unit == null || unit.isBlank() ? "people" : unit;
        actType = Fields.text(actType);
        date = Fields.optional(date);
    }
}
