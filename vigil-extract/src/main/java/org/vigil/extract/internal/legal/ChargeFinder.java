package org.vigil.extract.internal.legal;

import org.vigil.extract.internal.dates.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the offences a person is charged with, convicted of, tried or sentenced for: the words after
 * "charged [date] with", "convicted of", "on charges of", "on suspicion of", "was accused of", "a warrant
 * ... for his alleged", and after "sentenced/tried ... for" when a quotation or an -ing form follows.
 * Quoted charges are taken whole ("“inciting social discord” and “destabilizing the situation in the region”");
 * unquoted ones run to the next clause boundary ("in relation to", "by", a date, a reporting verb, punctuation).
 *
 * <p>Not charges: an active "X accused them of ..." (an allegation, not an indictment), "released without
 * charge", "no charges were brought", "penalized for ...".
 */
public final class ChargeFinder {

    private static final Pattern TRIGGER = Pattern.compile(
            "\\b(?:(?:charged|indicted)\\b[^.;]{0,45}?\\bwith"
                    + "|(?:convicted|acquitted|found guilty)\\b[^.;“\"]{0,45}?\\bof"
                    + "|on (?:criminal |trumped-up |fabricated |new )?charges? (?:of|including|that included)"
                    + "|(?:was|were|been|being|is|are) (?:formally |also )?accused of"
                    + "|charges? of"
                    + "|on suspicion of"
                    + "|(?:was|were|been|being|is|are) (?:formally )?accused of"
                    + "|warrant\\b[^.;]{0,60}?\\bfor (?:(?:his|her|their) )?(?:alleged )?"
                    + "|(?:sentenced|jailed|imprisoned|convicted|tried|put on trial|stood trial|prosecuted|detained"
                    + "|arrested|executed)\\b[^.;]{0,140}?\\bfor(?= [“\"]| (?:his |her |their )?(?:alleged )?\\p{L}+ing\\b"
                    + "| (?:blasphemy|apostasy|sorcery|witchcraft|theft|murder|robbery|treason|sedition|espionage"
                    + "|terrorism|rape|manslaughter|fraud|corruption|defamation|adultery|homicide|kidnapping|drug"
                    + "|drugs|arson|bribery|extortion|incitement|subversion|desertion|genocide|torture)\\b))\\s*");
    /** A named kind of charges: "on drugs-related charges", "on terrorism charges". */
    private static final Pattern KIND_OF_CHARGES = Pattern.compile("\\bon ((?:[\\p{Ll}]+-)?[\\p{Ll}]+(?:-[\\p{Ll}]+)?"
            + " charges)\\b");
    private static final Set<String> NOT_KINDS = Set.of("criminal charges", "new charges", "false charges",
            "these charges", "the charges", "serious charges", "several charges", "similar charges", "other charges",
            "fabricated charges", "such charges", "those charges", "further charges", "two charges", "three charges");
    /** The next item of a list of -ing offences ("concealing information and providing information"). */
    private static final Pattern NEXT_ING = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?=\\p{Ll}+ing\\b)");
    /** The next item of a list after "including" ("including theft, murder and sorcery"). */
    private static final Pattern NEXT_LISTED = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?=\\p{Ll})");
    private static final Pattern QUOTED = Pattern.compile("^[“\"]([^”\"]{2,120})[”\"]");
    private static final Pattern NEXT_ITEM = Pattern.compile(
            "^(?:,?\\s+and\\s+(?:of|with)\\s+(?=[“\"]|\\p{Ll})|(?:,\\s*|,?\\s+and\\s+)(?=[“\"]))");
    private static final Pattern CLAUSE_STOP = Pattern.compile(
            "\\s+(?:in relation to|in connection with|by|after|before|because|when|while|under|following|despite"
                    + "|and (?:was|were|had|has|sentenced|the|then|later|also|released|detained)|who|which|that|were|was"
                    + "|had|have|has|claimed|said|stated|alleged|reported|told|complained|recanted|at|on|in (?:the )?"
                    + "(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d)"
                    + "|and of|and with|is|are|to be|but|as|than)\\b|[,.;:()\\[\\]“”\"]");
    private static final Set<String> NOT_CHARGES = Set.of("being", "it", "this", "that", "them", "him", "her",
            "alleged", "claimed", "said", "stated", "was", "were");
    private static final int MAX_WORDS = 12;

    private ChargeFinder() {
    }

    /** The offences of a sentence. */
    public static List<ChargeMention> find(String sentence, List<DateMention> dates) {
        List<ChargeMention> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (!(lower.contains("charge") || lower.contains("convicted") || lower.contains("accused")
                || lower.contains("suspicion") || lower.contains("warrant") || lower.contains("indicted")
                || lower.contains(" for ") || lower.contains("guilty") || lower.contains("acquitted"))) {
            return found;
        }
        Matcher t = TRIGGER.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && t.find(from)) {
            int at = t.end();
            from = Math.max(at, t.start() + 1);
            boolean more = true;
            while (more && at < sentence.length()) {
                more = false;
                String rest = sentence.substring(at);
                Matcher q = QUOTED.matcher(rest);
                int itemEnd;
                if (q.find()) {
                    add(found, at + 1, at + 1 + q.group(1).length(), q.group(1), t.start());
                    itemEnd = at + q.end();
                } else {
                    int end = unquotedEnd(sentence, at, dates);
                    if (end <= at) {
                        break;
                    }
                    String text = sentence.substring(at, end).strip();
                    int and = text.lastIndexOf(" and ");
                    boolean listedPair = (t.group().contains("including") || t.group().contains("included"))
                            && and > 0 && sentence.substring(t.end(), at).contains(",");
                    if (listedPair && Character.isLowerCase(text.charAt(0))) {
                        // the last pair of a list ("theft, arson and sorcery") is two items
                        add(found, at, at + and, text.substring(0, and), t.start());
                        add(found, at + and + 5, at + text.length(), text.substring(and + 5), t.start());
                    } else if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
                        add(found, at, at + text.length(), text, t.start());
                    }
                    itemEnd = end;
                }
                String after = sentence.substring(itemEnd);
                Matcher next = NEXT_ITEM.matcher(after);
                boolean listed = t.group().contains("including") || t.group().contains("included");
                if (!next.find()) {
                    next = (listed ? NEXT_LISTED : NEXT_ING).matcher(after);
                }
                if (next.find(0) && next.start() == 0) {
                    at = itemEnd + next.end();
                    more = true;
                }
                from = Math.max(from, itemEnd);
            }
        }
        Matcher k = KIND_OF_CHARGES.matcher(sentence);
        while (lower.contains(" charges") && k.find()) {
            if (!NOT_KINDS.contains(k.group(1)) && found.stream().noneMatch(c -> c.start() < k.end(1) && k.start(1) < c.end())) {
                found.add(new ChargeMention(k.start(1), k.end(1), k.group(1), k.start()));
            }
        }
        return List.copyOf(found);
    }

    private static int unquotedEnd(String sentence, int at, List<DateMention> dates) {
        Matcher stop = CLAUSE_STOP.matcher(sentence);
        int end = stop.find(at) ? stop.start() : sentence.length();
        for (DateMention d : dates) {
            if (d.start() >= at && d.start() < end) {
                end = d.start();
            }
        }
        String[] words = sentence.substring(at, end).strip().split("\\s+");
        if (words.length > MAX_WORDS) {
            return -1;
        }
        while (end > at && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void add(List<ChargeMention> found, int start, int end, String text, int trigger) {
        String t = text.strip().replaceFirst("^(?:his|her|their) ", "").replaceFirst("^alleged ", "")
                .replaceFirst("\\s+(?:and|or)$", "");
        String first = t.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (t.length() < 4 || NOT_CHARGES.contains(first)) {
            return;
        }
        int at = text.indexOf(t);
        found.add(new ChargeMention(start + Math.max(0, at), start + Math.max(0, at) + t.length(), t, trigger));
    }
}
