package org.vigil.link.internal.normalise;

import org.vigil.core.time.DatePrecision;
import org.vigil.core.time.PartialDate;

/**
 * A birth (or other) date as a source wrote it, possibly partial or corrupt: the year, month and
 * day that could be read (0 when absent or unreadable) and the digits as written, so that a typo
 * ("19560931") still compares digit by digit.
 *
 * @param year   four-digit year, or 0
 * @param month  1–12, or 0
 * @param day    1–31, or 0
 * @param digits yyyymmdd-style digits of the known parts, for typo comparison
 */
public record FuzzyDate(int year, int month, int day, String digits) {

    /** How precisely the date is known: day, month or year (a date without a year is not kept). */
    public DatePrecision precision() {
        return day != 0 && month != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The same date as Vigil's {@link PartialDate} when it is a valid calendar date. */
    public java.util.Optional<PartialDate> toPartialDate() {
        try {
            return java.util.Optional.of(switch (precision()) {
                case DAY -> PartialDate.ofDay(year, month, day);
                case MONTH -> PartialDate.ofMonth(year, month);
                case YEAR -> PartialDate.ofYear(year);
            });
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
