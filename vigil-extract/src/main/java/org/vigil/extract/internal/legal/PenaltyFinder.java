package org.vigil.extract.internal.legal;

import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Term;
import org.vigil.extract.internal.lexicon.NumberWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads penalties: "sentenced to seven-and-a-half years in prison", "between five and seven years",
 * "up to seven years", "a six-year prison sentence", "life imprisonment", "sentenced to death",
 * "15 days of administrative detention", "fined 300,000 tenge", with confiscation of property and suspended
 * sentences noted when the sentence says so. A term without a sentencing word ("held for 12 months",
 * "100 days after") is not a penalty.
 */
public final class PenaltyFinder {

    private static final String N = NumberWords.NUMBER;
    private static final String UNIT = "(years?|months?|weeks?|days?)";
    private static final Pattern SENTENCED = Pattern.compile("(?i)\\b(?:sentenced|jailed|imprisoned|given|handed down"
            + "|received|condemned)\\b[^.;]{0,60}?\\bto\\s+(?:(between)\\s+(" + N + ")\\s+and\\s+(" + N + ")"
            + "|(up to|at least|more than)\\s+(" + N + ")|(" + N + "))\\s+" + UNIT
            + "(?:\\s+and\\s+(" + N + ")\\s+" + UNIT + ")?");
    private static final Pattern JAILED_FOR = Pattern.compile("(?i)\\b(?:jailed|imprisoned)\\s+for\\s+(" + N + ")\\s+"
            + UNIT);
    private static final Pattern ADJECTIVAL = Pattern.compile("(?i)\\b(" + N + ")[- ](year|month|day)s?[- ](?:long\\s+)?"
            + "(?:prison |jail |custodial |suspended )?(?:sentence|term|prison term)");
    private static final Pattern LIFE = Pattern.compile("(?i)\\b(?:sentenced to life|life imprisonment|life sentence"
            + "|life in prison|imprisonment for life)\\b");
    private static final Pattern DEATH = Pattern.compile("(?i)\\b(?:sentenced\\b[^.;]{0,50}?\\bto death|death sentences?|condemned to death)\\b");
    private static final Pattern FINE = Pattern.compile("(?i)\\b(?:fined|a fine of|fines of|ordered to pay)\\s+"
            + "((?:US\\$|\\$|€|£)?\\s?[\\d,.]+(?:\\s?(?:million|thousand))?(?:\\s+[\\p{L}]+)?)");

    private PenaltyFinder() {
    }

    /** The penalties of a sentence. */
    public static List<PenaltyMention> find(String sentence) {
        List<PenaltyMention> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (!(lower.contains("sentence") || lower.contains("jailed") || lower.contains("imprisoned")
                || lower.contains("fine") || lower.contains("life") || lower.contains("death")
                || lower.contains("prison term"))) {
            return found;
        }
        boolean confiscation = lower.contains("confiscation") || lower.contains("confiscated");
        boolean suspended = lower.contains("suspended sentence") || lower.contains("suspended prison")
                || lower.contains("sentence was suspended") || lower.contains("suspended for");
        Matcher m = SENTENCED.matcher(sentence);
        while (m.find()) {
            String unit = m.group(7).toLowerCase(Locale.ROOT);
            Optional<Term> term = Optional.empty();
            Optional<Term> min = Optional.empty();
            Optional<Term> max = Optional.empty();
            if (m.group(1) != null) {
                min = term(m.group(2), unit);
                max = term(m.group(3), unit);
            } else if (m.group(4) != null) {
                String q = m.group(4).toLowerCase(Locale.ROOT);
                if (q.equals("up to")) {
                    max = term(m.group(5), unit);
                } else {
                    min = term(m.group(5), unit);
                }
            } else {
                term = term(m.group(6), unit);
                if (term.isPresent() && m.group(8) != null) {
                    Optional<Term> extra = term(m.group(8), m.group(9).toLowerCase(Locale.ROOT));
                    if (extra.isPresent()) {
                        Term a = term.get();
                        Term b = extra.get();
                        term = Optional.of(new Term(a.years() + b.years(), a.months() + b.months(), a.days() + b.days()));
                    }
                }
            }
            if (term.isPresent() || min.isPresent() || max.isPresent()) {
                found.add(new PenaltyMention(m.start(), m.end(), new ProceedingStep.Sentence(term, min, max, false,
                        Optional.empty(), confiscation, suspended, false)));
            }
        }
        add(found, JAILED_FOR, sentence, confiscation, suspended);
        add(found, ADJECTIVAL, sentence, confiscation, suspended);
        flag(found, LIFE, sentence, confiscation, true, false);
        flag(found, DEATH, sentence, confiscation, false, true);
        Matcher f = FINE.matcher(sentence);
        while (f.find()) {
            if (!overlaps(found, f.start(), f.end())) {
                found.add(new PenaltyMention(f.start(), f.end(), new ProceedingStep.Sentence(Optional.empty(),
                        Optional.empty(), Optional.empty(), false, Optional.of(f.group(1).strip()), confiscation,
                        suspended, false)));
            }
        }
        found.sort(java.util.Comparator.comparingInt(PenaltyMention::start));
        return List.copyOf(found);
    }

    private static void add(List<PenaltyMention> found, Pattern p, String sentence, boolean confiscation,
                            boolean suspended) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            term(m.group(1), m.group(2).toLowerCase(Locale.ROOT)).ifPresent(t -> found.add(new PenaltyMention(
                    m.start(), m.end(), new ProceedingStep.Sentence(Optional.of(t), Optional.empty(),
                    Optional.empty(), false, Optional.empty(), confiscation, suspended, false))));
        }
    }

    private static void flag(List<PenaltyMention> found, Pattern p, String sentence, boolean confiscation,
                             boolean life, boolean death) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            if (!overlaps(found, m.start(), m.end())) {
                found.add(new PenaltyMention(m.start(), m.end(), new ProceedingStep.Sentence(Optional.empty(),
                        Optional.empty(), Optional.empty(), life, Optional.empty(), confiscation, false, death)));
            }
        }
    }

    /** A term of a number of units; halves become months or days ("seven-and-a-half years" → 7 y 6 m). */
    static Optional<Term> term(String number, String unit) {
        OptionalDouble v = NumberWords.parse(number);
        if (v.isEmpty() || v.getAsDouble() <= 0 || v.getAsDouble() > 200 && !unit.startsWith("day")) {
            return Optional.empty();
        }
        double x = v.getAsDouble();
        int whole = (int) Math.floor(x);
        boolean half = x - whole >= 0.5;
        if (unit.startsWith("year")) {
            return Optional.of(new Term(whole, half ? 6 : 0, 0));
        }
        if (unit.startsWith("month")) {
            return Optional.of(new Term(0, whole, half ? 15 : 0));
        }
        if (unit.startsWith("week")) {
            return Optional.of(Term.days(whole * 7 + (half ? 3 : 0)));
        }
        return whole > 0 ? Optional.of(Term.days(whole)) : Optional.empty();
    }

    private static boolean overlaps(List<PenaltyMention> found, int start, int end) {
        for (PenaltyMention p : found) {
            if (start < p.end() && p.start() < end) {
                return true;
            }
        }
        return false;
    }
}
