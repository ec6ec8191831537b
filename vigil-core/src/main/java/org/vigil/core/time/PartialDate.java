package org.vigil.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as the source states it: a year ("2005"), a month ("December 2011"),
 * or a day ("24 July 2012"), optionally narrowed to its early, middle or late part ("late January").
 *
 * <p>Its text form is ISO 8601 with the precision given, preceded by the part when there is one:
 * {@code 2012}, {@code 2012-01}, {@code 2012-01-23}, {@code late 2012-01}.
 *
 * @param year  the year, 1000–9999
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when the day is not known
 * @param part  early/mid/late narrowing of a year or month; {@link DatePart#WHOLE} otherwise
 */
public record PartialDate(int year, int month, int day, DatePart part) implements Comparable<PartialDate> {

    private static final Pattern TEXT_FORM =
            Pattern.compile("(?:(early|mid|late) )?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::earliest)
            .thenComparing(PartialDate::latest);

    /** Validates the parts; an impossible date (30 February, month 13) is rejected with the reason. */
    public PartialDate {
        if (part == null) {
            part = DatePart.WHOLE;
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range: give four digits, 1000-9999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist: use 1-12");
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month: " + year + "-??-" + day);
            }
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException(String.format(
                        "%04d-%02d-%02d does not exist: that month has %d days", year, month, day, length));
            }
            if (part != DatePart.WHOLE) {
                throw new IllegalArgumentException("'" + part.word() + "' cannot narrow an exact day");
            }
        }
    }

    /** A year: 2005. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, DatePart.WHOLE);
    }

    /** A month: 2011-12. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, DatePart.WHOLE);
    }

    /** A day: 2012-07-24. */
    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, DatePart.WHOLE);
    }

    /** An exact calendar day. */
    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The same year or month narrowed to a part ("late" January). */
    public PartialDate withPart(DatePart newPart) {
        return new PartialDate(year, month, day, newPart);
    }

    /** Reads the text form ({@code 2012}, {@code 2012-01}, {@code 2012-01-23}, {@code late 2012-01}). */
    @JsonCreator
    public static PartialDate parse(String text) {
        Matcher m = TEXT_FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a partial date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after early/mid/late");
        }
        DatePart part = m.group(1) == null ? DatePart.WHOLE : DatePart.fromWord(m.group(1));
        int year = Integer.parseInt(m.group(2));
        int month = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int day = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (m.group(3) != null && month == 0) {
            throw new IllegalArgumentException("'" + text + "': month 00 does not exist; use 01-12 or give only the year");
        }
        if (m.group(4) != null && day == 0) {
            throw new IllegalArgumentException("'" + text + "': day 00 does not exist; give only the month instead");
        }
        return new PartialDate(year, month, day, part);
    }

    /** How much of the date is known. */
    public DatePrecision precision() {
        return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The first calendar day the date may denote. */
    public LocalDate earliest() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, switch (part) {
                case WHOLE, EARLY -> 1;
                case MID -> 11;
                case LATE -> 21;
            });
            case YEAR -> LocalDate.of(year, switch (part) {
                case WHOLE, EARLY -> 1;
                case MID -> 5;
                case LATE -> 9;
            }, 1);
        };
    }

    /** The last calendar day the date may denote. */
    public LocalDate latest() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> {
                YearMonth ym = YearMonth.of(year, month);
                yield switch (part) {
                    case EARLY -> ym.atDay(10);
                    case MID -> ym.atDay(20);
                    case WHOLE, LATE -> ym.atEndOfMonth();
                };
            }
            case YEAR -> switch (part) {
                case EARLY -> LocalDate.of(year, 4, 30);
                case MID -> LocalDate.of(year, 8, 31);
                case WHOLE, LATE -> LocalDate.of(year, 12, 31);
            };
        };
    }

    /** The middle day of the date's interval: where a timeline places "2012" among dated entries. */
    public LocalDate midpoint() {
        return earliest().plusDays(java.time.temporal.ChronoUnit.DAYS.between(earliest(), latest()) / 2);
    }

    /** True when the two dates may denote the same day (their intervals intersect). */
    public boolean overlaps(PartialDate other) {
        return !latest().isBefore(other.earliest()) && !other.latest().isBefore(earliest());
    }

    /** True when this date certainly lies before the other: its last possible day precedes the other's first. */
    public boolean isCertainlyBefore(PartialDate other) {
        return latest().isBefore(other.earliest());
    }

    /** True when this date's interval lies within the other's ("24 July 2012" within "July 2012"). */
    public boolean isWithin(PartialDate other) {
        return !earliest().isBefore(other.earliest()) && !latest().isAfter(other.latest());
    }

    /** Orders by earliest possible day, then by latest: "2012" sorts before "2012-01", which is within it. */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The text form: {@code 2012}, {@code 2012-01}, {@code 2012-01-23}, {@code late 2012-01}. */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (part != DatePart.WHOLE) {
            s.append(part.word()).append(' ');
        }
        s.append(String.format("%04d", year));
        if (month != 0) {
            s.append(String.format("-%02d", month));
        }
        if (day != 0) {
            s.append(String.format("-%02d", day));
        }
        return s.toString();
    }

    /** The ISO 8601 part only, without early/mid/late (the form the gold files use). */
    public String isoText() {
        return withPartRemoved().toString();
    }

    private PartialDate withPartRemoved() {
        return part == DatePart.WHOLE ? this : new PartialDate(year, month, day, DatePart.WHOLE);
    }

    /** The date in English, as a report would write it: "late January 2012", "24 July 2012", "2005". */
    public String toEnglish() {
        String monthName = month == 0 ? "" : java.time.Month.of(month)
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        String core = switch (precision()) {
            case DAY -> day + " " + monthName + " " + year;
            case MONTH -> monthName + " " + year;
            case YEAR -> Integer.toString(year);
        };
        return part == DatePart.WHOLE ? core : part.word() + (precision() == DatePrecision.YEAR ? "-" : " ") + core;
    }
}
