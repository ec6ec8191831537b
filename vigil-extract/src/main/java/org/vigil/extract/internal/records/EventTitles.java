package org.vigil.extract.internal.records;

import java.util.List;
import java.util.Locale;

/** Titles for drafted events, made of the report's own words so a researcher recognises them. */
final class EventTitles {

    private static final int LIMIT = 90;
    /** The order in which a case's parts are named: the order they usually happen in. */
    private static final List<String> ORDER = List.of("arrest", "torture", "forcible return", "prosecution", "release");

    private EventTitles() {
    }

    /**
     * A title from a clause: its words without the date (the event carries the date) and without a
     * trailing second clause, e.g. "Security forces opened fire on a peaceful protest in Riverton".
     *
     * @param clause the clause or sentence
     * @param dates  the words of its dates, removed from the title
     */
    static String fromClause(String clause, List<String> dates) {
        String t = " " + clause + " ";
        for (String d : dates) {
            if (!d.isBlank()) {
                t = t.replace(d, " ");
            }
        }
        boolean dated = !t.strip().equals(clause.strip());
        t = t.replaceAll("\\s+", " ").strip();
        // Only where a date was cut out: the preposition that introduced it goes too ("On 5 May, police...").
        for (int i = 0; dated && i < 2; i++) {
            t = t.replaceFirst("^(?i)(on|in|at|by|during|from|since|until|between|and|early|mid|late)\\b"
                    + "(?!\\s+(least|most|the|a|an|this|that)\\b)[\\s,]*", "");
            t = t.replaceFirst("^[,;:\\s–—-]+", "");
        }
        int cut = firstOf(t, ";", ": ", " — ");
        if (cut > 20) {
            t = t.substring(0, cut);
        }
        t = t.replaceAll("[\\s.,;:]+$", "");
        if (t.length() > LIMIT) {
            int space = t.lastIndexOf(' ', LIMIT);
            t = t.substring(0, space > 30 ? space : LIMIT) + "…";
        }
        if (t.isEmpty()) {
            return "Event reported in the text";
        }
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    /** A person's case: "Arrest, torture and prosecution of Lena Okafor-Mbeki". */
    static String ofCase(List<String> found, String who) {
        List<String> kinds = ORDER.stream().filter(found::contains).toList();
        if (kinds.isEmpty()) {
            return "Reported about " + who;
        }
        String joined = kinds.size() == 1 ? kinds.get(0)
                : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + kinds.get(kinds.size() - 1);
        return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1) + " of " + who;
    }

    private static int firstOf(String t, String... marks) {
        int first = -1;
        for (String m : marks) {
            int i = t.indexOf(m);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
