package org.vigil.extract.internal.assembly;

import org.vigil.extract.internal.counts.CountMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure of people counts, in the sentence's words: the counted noun, then what happened to them when
 * the sentence says it right after ("people killed in attacks attributed to the sect") or in the verb right
 * before ("killed more than 500 people"). A bare "500 people" tells a researcher nothing.
 */
final class CountContext {

    private static final Pattern VERB_BEFORE = Pattern.compile("(\\p{L}+(?:ed|en)|shot|held|hurt|killed|left|kept)"
            + "\\s+(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|approximately|an estimated)\\s+)?$");
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "had", "have", "has", "been", "are", "is",
            "being", "reportedly", "allegedly", "also", "who", "all", "still", "then");
    /** Words that start another clause or another figure ("died and 300 injured"): the description stops there. */
    private static final Set<String> STOPS = Set.of("and", "or", "but", "while", "whereas", "when", "as", "after",
            "because", "although", "though", "including", "approximately", "about", "around", "some", "nearly");
    private static final int MAX_WORDS_AFTER = 6;
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+(?:ed|en)|held|shot|hurt|died|fled|left|kept"
            + "|taken|beaten|sent|brought|missing|dead|injured|wounded");

    private CountContext() {
    }

    /** The mention's counted words with what the sentence says happened to them; durations stay as they are. */
    static String describe(CountMention c, String sentence) {
        if (!c.kind().equals("people") || c.end() > sentence.length()) {
            return c.what();
        }
        List<String> words = new ArrayList<>(List.of(c.what().split("\\s+")));
        String before = sentence.substring(Math.max(0, c.start() - 40), c.start());
        Matcher v = VERB_BEFORE.matcher(before);
        if (v.find() && !words.contains(v.group(1).toLowerCase(Locale.ROOT))) {
            words.add(v.group(1).toLowerCase(Locale.ROOT));
        }
        int added = 0;
        boolean happened = false;
        for (String w : sentence.substring(c.end(), Math.min(sentence.length(), c.end() + 120)).split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String bare = w.replaceAll("[,.;:()“”\"]+$", "");
            if (added >= MAX_WORDS_AFTER || bare.isEmpty() || !Character.isLetter(bare.charAt(0))
                    || STOPS.contains(bare.toLowerCase(Locale.ROOT))) {
                break;
            }
            String lower = bare.toLowerCase(Locale.ROOT);
            if (!happened && !AUXILIARIES.contains(lower)) {
                // Only what happened to them: the first word after the auxiliaries must be a participle or a
                // past verb ("killed", "held", "died"); "organizers each sentenced to" keeps its noun alone.
                if (!PARTICIPLE.matcher(lower).matches()) {
                    break;
                }
                happened = true;
            }
            if (!AUXILIARIES.contains(lower) && !words.contains(bare)) {
                words.add(bare);
                added++;
            }
            if (!bare.equals(w)) {
                break;
            }
        }
        return String.join(" ", words);
    }
}
