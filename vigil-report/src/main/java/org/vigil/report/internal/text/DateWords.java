package org.vigil.report.internal.text;

import org.vigil.core.time.DatePart;
import org.vigil.core.time.DatePrecision;
import org.vigil.core.time.PartialDate;

/**
 * Partial dates in words, with the precision they have: "on 23 January 2012", "in late January 2012", "in 2012"
 * (and the Russian forms, whose month names change with the preposition).
 */
public final class DateWords {

    private final Phrases phrases;

    DateWords(Phrases phrases) {
        this.phrases = phrases;
    }

    /**
     * Whether a date adds anything in an entry on the given year: "in 2012" does not, in the 2012 entry
     * (every sentence is about 2012 unless it says otherwise).
     */
    public static boolean worthSaying(PartialDate d, int yearUnderReview) {
        return !(d.precision() == DatePrecision.YEAR && d.part() == DatePart.WHOLE && d.year() == yearUnderReview);
    }

    /** The date as a sentence opener: "On 23 January 2012", "In late January 2012". */
    public String opener(PartialDate d) {
        return capitalise(adverbial(d));
    }

    /** The date as an adverbial inside a sentence: "on 23 January 2012", "in January 2012". */
    public String adverbial(PartialDate d) {
        String key = d.precision() == DatePrecision.DAY ? "date.on"
                : d.part() == DatePart.WHOLE ? "date.in" : "date.inPart";
        String core = d.part() == DatePart.WHOLE ? inForm(d) : partForm(d);
        return phrases.get(key, core);
    }

    /** The date on its own, for timelines and captions: "23 January 2012", "late January 2012". */
    public String plain(PartialDate d) {
        String core = switch (d.precision()) {
            case DAY -> phrases.get("date.day", d.day(), month(d.month(), "of"), yearText(d.year()));
            case MONTH -> phrases.get("date.month", month(d.month(), "alone"), yearText(d.year()));
            case YEAR -> phrases.get("date.year", yearText(d.year()));
        };
        if (d.part() == DatePart.WHOLE) {
            return core;
        }
        return partForm(d);
    }

    /** A month's name with the year: "January 2012". */
    public String month(int year, int month) {
        return phrases.get("date.month", month(month, "alone"), yearText(year));
    }

    private String inForm(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> phrases.get("date.day", d.day(), month(d.month(), "of"), yearText(d.year()));
            case MONTH -> phrases.get("date.month", month(d.month(), "in"), yearText(d.year()));
            case YEAR -> phrases.get("date.year", yearText(d.year()));
        };
    }

    private String partForm(PartialDate d) {
        String partWord = phrases.get("date.part." + d.part().name().toLowerCase(java.util.Locale.ROOT));
        String core = d.precision() == DatePrecision.YEAR
                ? phrases.get("date.year", yearText(d.year()))
                : phrases.get("date.month", month(d.month(), "of"), yearText(d.year()));
        return phrases.get("date.part", partWord, core);
    }

    private String month(int month, String form) {
        return phrases.getOr("month." + month + "." + form, phrases.get("month." + month));
    }

    private static String yearText(int year) {
        return Integer.toString(year);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
