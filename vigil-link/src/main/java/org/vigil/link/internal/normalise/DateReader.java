package org.vigil.link.internal.normalise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates in the forms sources use: {@code 1975-03-12}, {@code 19750312}, {@code 12.03.1975},
 * {@code 12/03/1975} (day first), {@code 03.1975}, {@code 1975-03}, {@code 1975}, {@code March 1975},
 * {@code 12 марта 1975}, {@code 12-Mar-1975}, {@code March 12, 1975}, {@code born 1975}, {@code 1975 г.р.};
 * or from separate year, month and day columns.
 */
public final class DateReader {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?:(\\d{1,2})[./-])?(\\d{1,2})[./-](\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(?:(\\d{1,2})[\\s-]+)?(\\p{L}+)\\.?[\\s-]+(\\d{4})");
    /** The month first, as English writes it: "March 12, 1975", "Mar 12 1975". */
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d{2}|20\\d{2})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4),
            Map.entry("мая", 5), Map.entry("май", 5), Map.entry("июн", 6), Map.entry("июл", 7),
            Map.entry("авг", 8), Map.entry("сен", 9), Map.entry("окт", 10), Map.entry("ноя", 11),
            Map.entry("дек", 12));

    private DateReader() {
    }

    /** The date in one text value, or empty when no year can be read. */
    public static Optional<FuzzyDate> read(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = COMPACT.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_FIRST.matcher(t);
        if (m.find()) {
            Integer month = monthNumber(m.group(1));
            if (month != null) {
                return of(m.group(3), Integer.toString(month), m.group(2));
            }
        }
        m = WORDS.matcher(t);
        if (m.find()) {
            Integer month = monthNumber(m.group(2));
            if (month != null) {
                return of(m.group(3), Integer.toString(month), m.group(1));
            }
        }
        m = YEAR.matcher(t);
        if (m.find()) {
            return of(m.group(1), null, null);
        }
        return Optional.empty();
    }

    /** The date from separate year, month and day values (each may be blank); empty without a year. */
    public static Optional<FuzzyDate> readParts(List<String> yearMonthDay) {
        String y = yearMonthDay.isEmpty() ? "" : yearMonthDay.get(0).strip();
        String mo = yearMonthDay.size() > 1 ? yearMonthDay.get(1).strip() : "";
        String d = yearMonthDay.size() > 2 ? yearMonthDay.get(2).strip() : "";
        if (!y.matches("\\d{4}")) {
            return Optional.empty();
        }
        return of(y, mo.matches("\\d{1,2}") ? mo : null, d.matches("\\d{1,2}") ? d : null);
    }

    private static Integer monthNumber(String word) {
        return word.length() < 3 ? null : MONTHS.get(word.substring(0, 3));
    }

    private static Optional<FuzzyDate> of(String y, String mo, String d) {
        int year = Integer.parseInt(y);
        int month = mo == null ? 0 : Integer.parseInt(mo);
        int day = d == null ? 0 : Integer.parseInt(d);
        // corrupt parts are kept as digits for typo comparison but not as a calendar month or day
        String digits = y + (mo == null ? "" : String.format("%02d", month)) + (d == null || mo == null ? "" : String.format("%02d", day));
        int validMonth = month >= 1 && month <= 12 ? month : 0;
        int validDay = validMonth != 0 && day >= 1 && day <= 31 ? day : 0;
        return Optional.of(new FuzzyDate(year, validMonth, validDay, digits));
    }
}
