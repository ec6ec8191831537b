package org.vigil.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words that say what happened, by kind: arrest and detention, charge, trial, verdict, sentence,
 * appeal, release, violence, protest, torture, statement, law, movement, visit, decision, complaint, order,
 * extradition, death, disappearance, investigation.
 */
public final class TriggerFinder {

    private record Rule(String type, Pattern verbs, Pattern nouns) {
    }

    private static final List<Rule> RULES = List.of(
            rule("extradition", "extradited|extraditing|deported|deporting|forcibly returned|expelled", "extraditions?|deportations?"),
            rule("arrest", "arrested|detained|apprehended|taken into custody|abducted|kidnapped|rounded up|held",
                    "arrests?|detentions?|detainees"),
            rule("charge", "charged|indicted", "charges"),
            rule("trial", "put on trial|stood trial|tried|went on trial|brought to trial", "trials?|hearings?"),
            rule("verdict", "convicted|found guilty|acquitted", "verdicts?|convictions?"),
            rule("sentence", "sentenced|jailed", "sentences?"),
            rule("appeal", "upheld|overturned|quashed|appealed|reduced on appeal", "appeals?"),
            rule("release", "released|freed|pardoned|set free", "releases?"),
            rule("violence", "killed|shot dead|opened fire|fired|attacked|clashed|injured|wounded|dispersed|broke up",
                    "clashes|unrest|violence|riots?|killings?|events|attacks?|massacre"),
            rule("protest", "protested|striking|protesting|demonstrated|rallied", "strikes?|protests?|demonstrations?|rallies"),
            rule("torture", "tortured|ill-treated|beaten", "torture"),
            rule("statement", "asserted|stated|announced|declared|claimed|said|told", "statements?"),
            rule("law", "came into force|entered into force|adopted|passed|signed into law|amended|introduced", "laws?|provisions"),
            rule("movement", "left|went|gone|travelled|traveled|fled|moved|arrived", "journey"),
            rule("visit", "visited", "visits?"),
            rule("decision", "decided|ruled|concluded|found that", "decisions?|rulings?"),
            rule("complaint", "filed|lodged|complained|petitioned", "complaints?|petitions?"),
            rule("order", "ordered|suspended|banned|closed down|dissolved|blocked", "orders?|bans?"),
            rule("death", "died|executed|hanged", "deaths?|executions?"),
            rule("disappearance", "disappeared|went missing", "disappearances?"),
            rule("investigation", "investigated|opened an investigation", "investigations?"));

    private static Rule rule(String type, String verbs, String nouns) {
        return new Rule(type, Pattern.compile("\\b(?:" + verbs + ")\\b"), Pattern.compile("\\b(?:" + nouns + ")\\b"));
    }

    private TriggerFinder() {
    }

    /** The triggers of a sentence in text order; where a verb and a noun overlap the verb wins. */
    public static List<Trigger> find(String sentence) {
        List<Trigger> found = new ArrayList<>();
        for (Rule r : RULES) {
            add(found, r.verbs.matcher(sentence), r.type, false);
        }
        for (Rule r : RULES) {
            add(found, r.nouns.matcher(sentence), r.type, true);
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        return List.copyOf(found);
    }

    private static void add(List<Trigger> found, Matcher m, String type, boolean noun) {
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (found.stream().noneMatch(t -> s < t.end() && t.start() < e)) {
                found.add(new Trigger(s, e, type, noun));
            }
        }
    }
}
