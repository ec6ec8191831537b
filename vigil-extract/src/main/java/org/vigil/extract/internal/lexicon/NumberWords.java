package org.vigil.extract.internal.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * English numbers as reports write them: digits ("1,200", "46"), words ("twenty-eight", "one hundred"),
 * halves ("seven-and-a-half", "two and a half") and "a dozen".
 */
public final class NumberWords {

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String BELOW_HUNDRED = "(?:(?:" + TENS + ")(?:[- ](?:" + UNITS + "))?|" + UNITS + ")";
    private static final String WORDS = "(?:(?:a|" + BELOW_HUNDRED + ")\\s+(?:hundred|thousand|million)"
            + "(?:\\s+(?:and\\s+)?" + BELOW_HUNDRED + ")?|" + BELOW_HUNDRED + "|a dozen|a half)";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";

    /** A regular-expression fragment matching one number (use with case-insensitive matching). */
    public static final String NUMBER = "(?:(?:" + DIGITS + "|" + WORDS + ")(?:[- ]and[- ]a[- ]half)?)";

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("dozen", 12));

    private NumberWords() {
    }

    /** The value of a number written in digits or words, or empty when the text is not one number. */
    public static OptionalDouble parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('‑', '-');
        double half = 0;
        java.util.regex.Matcher h = java.util.regex.Pattern.compile("[- ]and[- ]a[- ]half$").matcher(t);
        if (h.find()) {
            half = 0.5;
            t = t.substring(0, h.start());
        }
        if (t.equals("a half")) {
            return OptionalDouble.of(0.5);
        }
        if (t.matches(DIGITS)) {
            return OptionalDouble.of(Double.parseDouble(t.replace(",", "")) + half);
        }
        if (t.equals("a dozen")) {
            return OptionalDouble.of(12 + half);
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : t.split("[\\s-]+")) {
            if (word.equals("and")) {
                continue;
            }
            switch (word) {
                case "hundred" -> current = Math.max(current, 1) * 100;
                case "thousand" -> {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                }
                case "million" -> {
                    total += Math.max(current, 1) * 1_000_000;
                    current = 0;
                }
                default -> {
                    Integer v = VALUES.get(word);
                    if (v == null) {
                        return OptionalDouble.empty();
                    }
                    current += v;
                }
            }
            any = true;
        }
        return any ? OptionalDouble.of(total + current + half) : OptionalDouble.empty();
    }

    /** The value as a whole number when it is one. */
    public static java.util.OptionalLong parseWhole(String text) {
        OptionalDouble v = parse(text);
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble())) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of((long) v.getAsDouble());
    }
}
