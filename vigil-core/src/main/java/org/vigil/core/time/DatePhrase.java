package org.vigil.core.time;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the English date phrases of narrative reports ("late January", "in March", "24 July 2012",
 * "December 2011", "on 8 October", "mid-2012") into {@link PartialDate}s.
 *
 * <p>A phrase without a year takes the year under review that the caller supplies: an annual report
 * on 2012 that says "in March" means March 2012.
 */
public final class DatePhrase {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String PART = "(?:(?:in |by |at |during )?(?:the )?"
            + "(early|mid|middle|late|end of|beginning of|start of|the end of|the beginning of)[- ]?(?:of )?)?";
    private static final String LEAD = "(?:(?:on|in|by|since|from|until|during|of)\\s+)?";

    private static final Pattern LOWER_CASE_MONTH = Pattern.compile("\\b(?:may|march)\\b");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            LEAD + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            LEAD + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile(LEAD + PART + "\\s*" + MONTH + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile(LEAD + PART + "\\s*(\\d{4})");

    private DatePhrase() {
    }

    /**
     * Reads one date phrase; a missing year is {@code yearUnderReview}.
     *
     * @return the date, or empty when the phrase is not a date this reader knows
     */
    public static Optional<PartialDate> parse(String phrase, int yearUnderReview) {
        if (phrase != null && LOWER_CASE_MONTH.matcher(phrase).find()) {
            // English capitalises month names; a lower-case "may" or "march" is a verb.
            return Optional.empty();
        }
        String text = phrase == null ? "" : phrase.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "");
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return Optional.of(PartialDate.parse(text));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return Optional.of(PartialDate.ofDay(year(m.group(3), yearUnderReview), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = MONTH_DAY_YEAR.matcher(text);
            if (m.matches()) {
                return Optional.of(PartialDate.ofDay(year(m.group(3), yearUnderReview), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            m = MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return Optional.of(PartialDate.ofMonth(year(m.group(3), yearUnderReview), month(m.group(2)))
                        .withPart(part(m.group(1))));
            }
            m = YEAR.matcher(text);
            if (m.matches()) {
                return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(2))).withPart(part(m.group(1))));
            }
        } catch (IllegalArgumentException impossible) {
            // "31 February" reads as a date but names no day: it is not a date.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The month number of an English month name or abbreviation, e.g. "Sept" → 9. */
    public static Optional<Integer> monthNumber(String name) {
        return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    private static int month(String name) {
        return monthNumber(name).orElseThrow();
    }

    private static int year(String digits, int yearUnderReview) {
        return digits == null ? yearUnderReview : Integer.parseInt(digits);
    }

    private static DatePart part(String words) {
        if (words == null) {
            return DatePart.WHOLE;
        }
        String w = words.replace("the ", "").replace(" of", "").strip();
        return DatePart.fromWord(w);
    }
}
