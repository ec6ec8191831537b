package org.vigil.extract.internal.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the words that say what happened, by kind: arrest and detention, charge, trial, verdict, sentence,
 * appeal, release, violence, protest, torture, statement, law, movement, visit, decision, complaint, order,
 * extradition, death, disappearance, investigation. A dictionary of words and phrases looked up word by
 * word (one pass over the sentence, however long the dictionary).
 */
public final class TriggerFinder {

    private record Phrase(String[] words, String type, boolean noun) {
    }

    private static final Map<String, List<Phrase>> BY_FIRST_WORD = new HashMap<>();

    static {
        add("extradition", false, "extradited|extraditing|deported|deporting|forcibly returned|expelled");
        add("extradition", true, "extradition|extraditions|deportation|deportations");
        add("arrest", false, "arrested|detained|apprehended|taken into custody|abducted|kidnapped|rounded up|held");
        add("arrest", true, "arrest|arrests|detention|detentions|detainees");
        add("charge", false, "charged|indicted");
        add("charge", true, "charges");
        add("trial", false, "put on trial|stood trial|tried|went on trial|brought to trial");
        add("trial", true, "trial|trials|hearing|hearings");
        add("verdict", false, "convicted|found guilty|acquitted");
        add("verdict", true, "verdict|verdicts|conviction|convictions");
        add("sentence", false, "sentenced|jailed");
        add("sentence", true, "sentence|sentences");
        add("appeal", false, "upheld|overturned|quashed|appealed|reduced on appeal");
        add("appeal", true, "appeal|appeals");
        add("release", false, "released|freed|pardoned|set free");
        add("release", true, "release|releases");
        add("violence", false, "killed|shot dead|opened fire|fired|attacked|clashed|injured|wounded|dispersed|broke up");
        add("violence", true, "clashes|unrest|violence|riot|riots|killing|killings|events|attack|attacks|massacre");
        add("protest", false, "protested|striking|protesting|demonstrated|rallied");
        add("protest", true, "strike|strikes|protest|protests|demonstration|demonstrations|rallies");
        add("torture", false, "tortured|ill-treated|beaten");
        add("torture", true, "torture");
        add("statement", false, "asserted|stated|announced|declared|claimed|said|told");
        add("statement", true, "statement|statements");
        add("law", false, "came into force|entered into force|adopted|passed|signed into law|amended|introduced");
        add("law", true, "law|laws|provisions");
        add("movement", false, "left|went|gone|travelled|traveled|fled|moved|arrived");
        add("movement", true, "journey");
        add("visit", false, "visited");
        add("visit", true, "visit|visits");
        add("decision", false, "decided|ruled|concluded|found that");
        add("decision", true, "decision|decisions|ruling|rulings");
        add("complaint", false, "filed|lodged|complained|petitioned");
        add("complaint", true, "complaint|complaints|petition|petitions");
        add("order", false, "ordered|suspended|banned|closed down|dissolved|blocked");
        add("order", true, "order|orders|ban|bans");
        add("death", false, "died|executed|hanged");
        add("death", true, "death|deaths|execution|executions");
        add("disappearance", false, "disappeared|went missing");
        add("disappearance", true, "disappearance|disappearances");
        add("investigation", false, "investigated|opened an investigation");
        add("investigation", true, "investigation|investigations");
        // Longer phrases first, so "found guilty" wins over "found that" and "went missing" over "went".
        BY_FIRST_WORD.values().forEach(list -> list.sort((a, b) -> b.words.length - a.words.length));
    }

    private static void add(String type, boolean noun, String phrases) {
        for (String p : phrases.split("\\|")) {
            String[] words = p.split(" ");
            List<Phrase> list = BY_FIRST_WORD.computeIfAbsent(words[0], k -> new ArrayList<>());
            // The first listing of a phrase wins ("detention" is an arrest word, not also another kind).
            if (list.stream().noneMatch(x -> String.join(" ", x.words).equals(p))) {
                list.add(new Phrase(words, type, noun));
            }
        }
    }

    private TriggerFinder() {
    }

    /** The triggers of a sentence in text order. */
    public static List<Trigger> find(String sentence) {
        List<int[]> words = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '-')) {
                    i++;
                }
                words.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        List<Trigger> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.length() != sentence.length()) {
            lower = sentence;
        }
        for (int w = 0; w < words.size(); w++) {
            String word = lower.substring(words.get(w)[0], words.get(w)[1]);
            List<Phrase> phrases = BY_FIRST_WORD.get(word);
            if (phrases == null) {
                continue;
            }
            for (Phrase p : phrases) {
                if (matches(lower, words, w, p.words)) {
                    int end = words.get(w + p.words.length - 1)[1];
                    found.add(new Trigger(words.get(w)[0], end, p.type, p.noun));
                    w += p.words.length - 1;
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean matches(String lower, List<int[]> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            int[] w = words.get(at + k);
            if (!lower.substring(w[0], w[1]).equals(phrase[k]) || w[0] - words.get(at + k - 1)[1] != 1) {
                return false;
            }
        }
        return true;
    }
}
