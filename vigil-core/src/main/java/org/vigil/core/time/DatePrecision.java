package org.vigil.core.time;

/** How much of a date is known: the year, the month, or the day. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
