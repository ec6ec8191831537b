package org.vigil.extract.internal.dates;

import org.vigil.core.time.DatePhrase;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date phrases of a sentence and reads them with {@link DatePhrase}: "on 8 October", "late January",
 * "in March", "24 July 2012", "December 2011", "in 2005", "mid-2012", "the same day".
 *
 * <p>Not dates of events: a year used as an adjective ("the 2011 strikes"), a year in a title ("Report
 * 2013"), a bare month name not introduced by a preposition or a part word ("May" the verb), numbers of
 * days or years ("100 days after"). A phrase without a year takes the events year; "the same day",
 * "the next day" refer to the last full date before them in the same block.
 */
public final class DateFinder {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String PART = "(?:early|mid|late|the end of|the beginning of|the start of|the middle of"
            + "|end of|beginning of|start of|middle of)";
    private static final String LEAD = "(?:(?:on|in|by|since|from|until|till|to|during|of|between|and|throughout"
            + "|before|after|around|as of|at|On|In|By|Since|From|Until|During|Between|Throughout|Before|After"
            + "|Around|At)\\s+)";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+(\\d{4}))?(?!\\w)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,\\s*(\\d{4}))?(?!\\w)");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b()(?:(?:the\\s+)?(" + PART + ")[- ](?:of\\s+)?)?(" + MONTH + ")(?:,?\\s+(?:of\\s+)?(\\d{4}))?(?!\\w)");
    private static final Pattern YEAR = Pattern.compile(
            "\\b()(?:(?:the\\s+)?(" + PART + ")[- ](?:of\\s+)?)?((?:1[89]|20)\\d\\d)(?![\\w-])");
    /** The word before a bare month or year that makes it a date of something ("in March", "since 2005"). */
    private static final Pattern LEAD_BEFORE = Pattern.compile(LEAD + "$");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(?:on|On|by|By)\\s+)?(?:the|The|that|That)\\s+(same day|following day|next day|previous day|day before)\\b");

    private DateFinder() {
    }

    /**
     * The dates of a sentence in order.
     *
     * @param sentence    the sentence text
     * @param eventsYear  the year a phrase without a year belongs to, if known
     * @param lastFullDate the last day-precise date before this sentence in its block, for "the same day"
     */
    public static List<DateMention> find(String sentence, OptionalInt eventsYear, Optional<PartialDate> lastFullDate) {
        List<DateMention> found = new ArrayList<>();
        boolean[] used = new boolean[sentence.length()];
        // Cheap tests first: most sentences name no month and hold no four-digit number.
        if (namesMonth(sentence)) {
            scan(DAY_MONTH, sentence, used, found, eventsYear, false);
            scan(MONTH_DAY, sentence, used, found, eventsYear, false);
            scan(MONTH_YEAR, sentence, used, found, eventsYear, true);
        }
        if (hasFourDigits(sentence)) {
            scan(YEAR, sentence, used, found, eventsYear, true);
        }
        if (lastFullDate.isPresent() && (sentence.contains(" day") || sentence.contains("day "))) {
            Matcher m = RELATIVE.matcher(sentence);
            while (m.find()) {
                if (!free(used, m.start(), m.end())) {
                    continue;
                }
                PartialDate base = lastFullDate.get();
                java.time.LocalDate day = base.earliest();
                String which = m.group(1);
                if (which.equals("following day") || which.equals("next day")) {
                    day = day.plusDays(1);
                } else if (which.equals("previous day") || which.equals("day before")) {
                    day = day.minusDays(1);
                }
                mark(used, m.start(), m.end());
                found.add(new DateMention(m.start(), m.end(), PartialDate.of(day), true));
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(found);
    }

    private static void scan(Pattern p, String s, boolean[] used, List<DateMention> found, OptionalInt eventsYear,
                             boolean needsLead) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (!free(used, m.start(), m.end())) {
                continue;
            }
            String phrase = m.group();
            boolean hasYear = hasFourDigits(phrase);
            boolean led = needsLead && LEAD_BEFORE.matcher(s.substring(Math.max(0, m.start() - 14), m.start())).find();
            if (needsLead && p == MONTH_YEAR && !led && m.group(2) == null && m.group(4) == null) {
                continue; // a bare month name without a preposition: "May" the verb, "March" the noun
            }
            if (p == YEAR && !led && m.group(2) == null && !phrase.startsWith("mid-")) {
                continue; // "the 2011 strikes", "Report 2013": a year that dates no event
            }
            if (!hasYear && eventsYear.isEmpty()) {
                continue;
            }
            Optional<PartialDate> date = DatePhrase.parse(normalise(phrase), eventsYear.orElse(2000));
            if (date.isEmpty()) {
                continue;
            }
            int start = m.start();
            mark(used, start, m.end());
            found.add(new DateMention(start, m.end(), date.get(), hasYear));
        }
    }

    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static boolean namesMonth(String s) {
        for (String m : MONTH_STEMS) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String phrase) {
        String p = phrase.replaceAll("\\s+", " ").strip();
        p = p.replaceFirst("^(?i:as of|throughout|between|before|after|around|and|at|to|till) ", "");
        return p;
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
