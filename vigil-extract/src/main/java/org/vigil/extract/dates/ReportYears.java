package org.vigil.extract.dates;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's publication year and the year its events happened (the year under review), and the rule that
 * decided them.
 *
 * <p>Rules, first that applies: (1) an events year given by the caller ({@code --year}); the report year is
 * then the next year; (2) a report year given by the caller ({@code --report-year}); the events year is the
 * year before; (3) a title in the text such as "Amnesty International Report 2013" or "World Report 2013":
 * an annual report covers the year before its publication; (4) the latest year the text dates something in
 * ("In January 2012", "released on 24 July 2012"), taken as the year under review of an annual entry, the
 * report year being the next; (5) none: phrases without a year stay undated.
 *
 * @param reportYear the publication year, if known
 * @param eventsYear the year under review, if known
 * @param rule       which rule decided, in words
 */
public record ReportYears(OptionalInt reportYear, OptionalInt eventsYear, String rule) {

    private static final Pattern REPORT_TITLE = Pattern.compile(
            "\\b(?:Annual |World |Global |Country )?Report (\\d{4})\\b|\\bReport (\\d{4})/\\d{2,4}\\b");
    private static final Pattern DATING_BEFORE = Pattern.compile(
            "\\b(?:in|In|on|On|since|until|by|during|of|from)\\s+(?:(?:early|mid|late)[- ])?"
                    + "(?:(?:\\d{1,2}\\s+)?(?:January|February|March|April|May|June|July|August|September|October"
                    + "|November|December),?\\s+)?$");

    private static boolean isYearAt(String t, int i) {
        char a = t.charAt(i);
        char b = t.charAt(i + 1);
        if (!(a == '1' && b == '9' || a == '2' && b == '0') || !Character.isDigit(t.charAt(i + 2))
                || !Character.isDigit(t.charAt(i + 3))) {
            return false;
        }
        boolean freeBefore = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)) && t.charAt(i - 1) != '-';
        boolean freeAfter = i + 4 == t.length() || !Character.isLetterOrDigit(t.charAt(i + 4)) && t.charAt(i + 4) != '-';
        return freeBefore && freeAfter;
    }

    /**
     * Decides the years.
     *
     * @param text       the whole input text
     * @param eventsYear the year under review the caller gave
     * @param reportYear the publication year the caller gave
     */
    public static ReportYears resolve(String text, Optional<Integer> eventsYear, Optional<Integer> reportYear) {
        if (eventsYear.isPresent()) {
            int y = eventsYear.get();
            return new ReportYears(OptionalInt.of(reportYear.orElse(y + 1)), OptionalInt.of(y),
                    "events year given (--year)");
        }
        if (reportYear.isPresent()) {
            int r = reportYear.get();
            return new ReportYears(OptionalInt.of(r), OptionalInt.of(r - 1),
                    "report year given (--report-year); an annual report covers the year before");
        }
        Matcher title = REPORT_TITLE.matcher(text);
        if (title.find()) {
            int r = Integer.parseInt(title.group(1) != null ? title.group(1) : title.group(2));
            return new ReportYears(OptionalInt.of(r), OptionalInt.of(r - 1),
                    "report title '" + title.group().strip() + "'; an annual report covers the year before");
        }
        int latest = 0;
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            // A plain scan for four-digit years 1900-2099 standing alone, then a look at the words before.
            if (!isYearAt(text, i)) {
                continue;
            }
            String before = text.substring(Math.max(0, i - 30), i);
            // "from 2015 women will be able to vote": a year the text announces is not a year it reviews.
            String after = text.substring(i + 4, Math.min(n, i + 60));
            int stop = after.indexOf('.');
            boolean announced = (stop < 0 ? after : after.substring(0, stop)).contains(" will ");
            if (DATING_BEFORE.matcher(before).find() && !announced) {
                latest = Math.max(latest, Integer.parseInt(text.substring(i, i + 4)));
            }
            i += 3;
        }
        if (latest > 0) {
            return new ReportYears(OptionalInt.of(latest + 1), OptionalInt.of(latest),
                    "latest year the text dates an event in (" + latest + "), taken as the year under review"
                            + " of an annual report entry published the year after");
        }
        return new ReportYears(OptionalInt.empty(), OptionalInt.empty(),
                "no year found: dates without a year are left out; give --year");
    }
}
