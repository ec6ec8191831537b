package org.vigil.extract.internal.counts;

import org.vigil.core.count.Count;
import org.vigil.core.count.CountQualifier;
import org.vigil.extract.internal.dates.DateMention;
import org.vigil.extract.internal.lexicon.Lexicon;
import org.vigil.extract.internal.lexicon.NumberWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported figures: a number (digits or words, with a qualifier such as "at least", "more than",
 * "approximately", "up to") that counts people or bodies ("40 Afghan men", "Six of the witnesses",
 * "about 30 print and online outlets"), casualties ("more than 60 seriously
 * injured"), those left out ("All but two were released") or a time held in detention ("held for 12 months").
 *
 * <p>Numbers that are not counts are skipped: parts of dates, ages ("14-year-old", "aged 30"), ordinals,
 * prison terms and other lengths of time ("seven years in prison", "100 days after"), article numbers,
 * sums of money and percentages.
 */
public final class CountFinder {

    private static final String QUALIFIER = "at least|more than|over|approximately|about|around|some|up to|nearly"
            + "|almost|as many as|an estimated|fewer than|less than|at most|roughly|close to|no fewer than"
            + "|no less than|in excess of";
    /** Matched on the lower-cased sentence (faster than case-insensitive matching; offsets are the same). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])(?:(" + QUALIFIER + ")\\s+)?("
            + NumberWords.NUMBER + ")(?![\\w-])");
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile("^(?:-year|\\s*-?\\s*years?[- ]old|\\s*(?:%|per cent|percent)"
            + "|\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres|kilometers|miles|metres|meters|am|pm|a\\.m|p\\.m)\\b"
            + "|-(?:month|day|week|hour))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile("(?:\\b(?:aged|age|Article|article|No\\.|no\\.|Nos\\.|paragraph"
            + "|Section|section|Law|Resolution|Decree|page|number|fined)\\s*|[$€£¥₽₸#]\\s*)$");
    private static final Pattern PARTITIVE = Pattern.compile("^\\s+of\\s+(?:the|these|those|its|their|whom)\\s+"
            + "((?:[\\p{L}'’-]+\\s+){0,3}?)([\\p{L}-]+)\\b");
    private static final Pattern CASUALTY = Pattern.compile("^\\s+(?:(?:people|persons)\\s+)?(?:(?:were|was|had been"
            + "|have been|are|reportedly|were reportedly)\\s+)*((?:\\p{L}+ly\\s+)?(?:killed|injured|wounded|dead|died"
            + "|arrested|detained|missing|disappeared|executed|displaced|tortured|abducted))\\b");
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("^(?:\\s+(?:from|in|of|for|at|based in)\\s+"
            + "[^,.;]{0,60}?)?(?:,?\\s+who)?\\s+(?:were|was|had been|have been|are|had|have)\\s+(?:(?:reportedly|also|later"
            + "|allegedly)\\s+)?((?:\\p{L}+ly\\s+)?(?:put on trial|\\p{L}+ed|held|beaten|shot|brought|taken|sent|sentenced))\\b"
            + "|^\\s+(died|disappeared|fled|drowned|remained in (?:detention|custody|prison))\\b");
    private static final Pattern ALL_BUT = Pattern.compile("(?i)\\ball but (" + NumberWords.NUMBER + ")\\s+(?:of them\\s+)?"
            + "(?:were|was|had been|have been)\\s+((?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en)(?:\\s+\\p{L}+ly)?)\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(held|detained|imprisoned|kept|remained in detention"
            + "|spent|remained in custody|held incommunicado)\\s+(?:\\p{L}+\\s+){0,3}?(?:for\\s+)?(?:(" + QUALIFIER + ")\\s+)?("
            + NumberWords.NUMBER + ")\\s+(days|weeks|months|years)\\b");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(?:one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
            + "|dozen)\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("^(,?\\s+)([\\p{L}'’-]+)");
    private static final Set<String> BETWEEN_WORDS_STOP = Set.of("were", "was", "had", "have", "has", "of", "in",
            "to", "the", "by", "for", "from", "at", "on", "who", "which", "that", "years", "months", "days", "with",
            "is", "are", "be", "been", "after", "before", "per", "a", "an");

    private final Lexicon lexicon;

    /** A finder using the given lexicon. */
    public CountFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The figures of a sentence, skipping the characters its dates cover. */
    public List<CountMention> find(String sentence, List<DateMention> dates) {
        List<CountMention> found = new ArrayList<>();
        if (!hasNumber(sentence)) {
            return found;
        }
        Matcher d = DURATION.matcher(sentence);
        while (d.find()) {
            OptionalLong v = NumberWords.parseWhole(d.group(3));
            if (v.isPresent() && !insideDate(d.start(3), dates)) {
                String verb = d.group(1).toLowerCase(Locale.ROOT).replace("remained in ", "");
                found.add(new CountMention(d.start(3), d.end(4), new Count(v.getAsLong(), qualifier(d.group(2))),
                        d.group(4).toLowerCase(Locale.ROOT) + " " + verb, "duration", "", d.group()));
            }
        }
        Matcher allBut = ALL_BUT.matcher(sentence);
        while (allBut.find()) {
            OptionalLong v = NumberWords.parseWhole(allBut.group(1));
            if (v.isPresent()) {
                found.add(new CountMention(allBut.start(), allBut.end(), Count.exactly(v.getAsLong()),
                        "not " + allBut.group(2), "people", "", allBut.group()));
            }
        }
        Matcher m = NUMBER.matcher(org.vigil.extract.internal.cues.CueTable.lowerCase(sentence));
        while (m.find()) {
            int numStart = m.start(2);
            if (insideDate(numStart, dates) || overlaps(found, m.start(), m.end())) {
                continue;
            }
            String after = sentence.substring(m.end());
            String before = sentence.substring(Math.max(0, m.start() - 20), m.start());
            if (NOT_A_COUNT_AFTER.matcher(after).find() || NOT_A_COUNT_BEFORE.matcher(before).find()) {
                continue;
            }
            OptionalLong value = NumberWords.parseWhole(m.group(2));
            if (value.isEmpty() || m.group(2).equalsIgnoreCase("a half") || m.group(2).equalsIgnoreCase("one")
                    && !after.startsWith(" of")) {
                continue;
            }
            Count count = new Count(value.getAsLong(), qualifier(m.group(1)));
            CountMention mention = partitive(sentence, m, count, after)
                    .orElseGet(() -> headed(sentence, m, count, after).orElseGet(() -> casualty(m, count, after)));
            if (mention != null) {
                found.add(mention);
            }
        }
        found.sort(java.util.Comparator.comparingInt(CountMention::start));
        return List.copyOf(found);
    }

    private static boolean hasNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return NUMBER_WORD.matcher(s).find();
    }

    private java.util.Optional<CountMention> partitive(String s, Matcher m, Count count, String after) {
        Matcher p = PARTITIVE.matcher(after);
        if (!p.find()) {
            return java.util.Optional.empty();
        }
        String head = p.group(2);
        java.util.Optional<String> kind = lexicon.countNounKind(head);
        if (kind.isEmpty()) {
            return java.util.Optional.empty();
        }
        int end = m.end() + p.end();
        String what = (p.group(1) + head).strip();
        what = withParticiple(what, s.substring(end));
        return java.util.Optional.of(new CountMention(m.start(), end, count, what, kind.get(),
                head.toLowerCase(Locale.ROOT), s.substring(m.start(), end)));
    }

    private java.util.Optional<CountMention> headed(String s, Matcher m, Count count, String after) {
        int i = 0;
        int words = 0;
        StringBuilder what = new StringBuilder();
        while (words <= 6) {
            Matcher w = NEXT_WORD.matcher(after).region(i, after.length());
            if (!w.find()) {
                return java.util.Optional.empty();
            }
            String word = w.group(2);
            String lower = word.toLowerCase(Locale.ROOT);
            i = w.end();
            java.util.Optional<String> kind = lexicon.countNounKind(word);
            if (kind.isPresent()) {
                what.append(what.length() == 0 ? "" : " ").append(word);
                int end = m.end() + i;
                String text = withParticiple(what.toString(), s.substring(end));
                return java.util.Optional.of(new CountMention(m.start(), end, count, text, kind.get(), lower,
                        s.substring(m.start(), end)));
            }
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (BETWEEN_WORDS_STOP.contains(lower) || capitalised && !lexicon.isDemonym(word)
                    || NumberWords.parse(word).isPresent()) {
                return java.util.Optional.empty();
            }
            if (!lower.equals("and") && !lower.equals("or")) {
                what.append(what.length() == 0 ? "" : " ").append(word);
            } else {
                what.append(" ").append(lower);
            }
            words++;
        }
        return java.util.Optional.empty();
    }

    private static CountMention casualty(Matcher m, Count count, String after) {
        Matcher c = CASUALTY.matcher(after);
        if (!c.find()) {
            return null;
        }
        String label = m.group() + after.substring(0, c.end());
        return new CountMention(m.start(), m.end() + c.end(), count, c.group(1), "people", "", label);
    }

    private static String withParticiple(String what, String rest) {
        Matcher p = PARTICIPLE_AFTER.matcher(rest);
        return p.find() ? what + " " + (p.group(1) != null ? p.group(1) : p.group(2)) : what;
    }

    private static CountQualifier qualifier(String words) {
        if (words == null) {
            return CountQualifier.EXACTLY;
        }
        return switch (words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "at least", "no fewer than", "no less than" -> CountQualifier.AT_LEAST;
            case "more than", "over", "in excess of" -> CountQualifier.MORE_THAN;
            case "up to", "as many as", "fewer than", "less than", "at most" -> CountQualifier.UP_TO;
            default -> CountQualifier.APPROXIMATELY;
        };
    }

    private static boolean insideDate(int position, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (position >= d.start() && position < d.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<CountMention> found, int start, int end) {
        for (CountMention c : found) {
            if (start < c.end() && c.start() < end) {
                return true;
            }
        }
        return false;
    }
}
