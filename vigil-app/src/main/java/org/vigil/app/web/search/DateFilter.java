package org.vigil.app.web.search;

import org.vigil.core.time.DatePhrase;
import org.vigil.core.time.PartialDate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed into a filter: "2012", "2012-03", "2012-03-08", or words such as "late January 2012" or
 * "8 March 2012". Anything else is an error to show beside the field, never a filter silently dropped.
 *
 * @param text  what was typed
 * @param date  the date read, when the text was one
 * @param error why the text is not a date, when it is not
 */
public record DateFilter(String text, Optional<PartialDate> date, Optional<String> error) {

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    /** Reads a filter field; blank means no bound. */
    public static DateFilter read(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new DateFilter(t, Optional.empty(), Optional.empty());
        }
        try {
            return new DateFilter(t, Optional.of(PartialDate.parse(t)), Optional.empty());
        } catch (IllegalArgumentException notNumeric) {
            // Words next: the report reader's phrases, which need a year to be a date on their own.
        }
        Matcher year = YEAR.matcher(t);
        if (year.find()) {
            // The phrase reader takes lower-case "march" or "may" for verbs; typed into a date field they are months.
            Optional<PartialDate> read = DatePhrase.parse(capitalised(t), Integer.parseInt(year.group(1)));
            if (read.isPresent()) {
                return new DateFilter(t, read, Optional.empty());
            }
        }
        return new DateFilter(t, Optional.empty(), Optional.of("“" + t + "” is not a date: write a year (2012), "
                + "a month (2012-03 or March 2012) or a day (2012-03-08 or 8 March 2012), optionally after "
                + "early, mid or late, with the year."));
    }

    /** The first day the filter admits, for a "from" field. */
    public Optional<LocalDate> first() {
        return date.map(PartialDate::earliest);
    }

    /** The last day the filter admits, for a "to" field. */
    public Optional<LocalDate> last() {
        return date.map(PartialDate::latest);
    }

    private static String capitalised(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
