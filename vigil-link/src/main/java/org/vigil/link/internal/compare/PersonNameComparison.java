package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.internal.normalise.ParsedName;
import org.vigil.link.internal.normalise.PersonNameParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares whole names whatever the order the sources wrote them in ("Тулетаева Роза" and
 * "Roza Tuletayeva"), matching words to words across scripts, initials to words ("R. Tuletaeva"),
 * and patronymics by the father's name ("Ivanovich" and "Ivanovna" agree; "Nurlanuly" and
 * "Nurlanovich" agree).
 */
public final class PersonNameComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of(
            "same words and patronymic", "same words, order or patronymic may differ",
            "same words with spelling variants", "surname agrees, two or more initials agree",
            "surname agrees, other names as initials", "one word agrees, others differ", "different");
    private static final double WORD_MATCH = 0.88;

    @Override
    public ComparisonKind kind() {
        return ComparisonKind.PERSON_NAME;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Optional<Object> prepare(List<String> raw) {
        Optional<String> text = FieldComparison.joined(raw);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ParsedName name = PersonNameParser.parse(text.get());
        return name.words().isEmpty() ? Optional.empty() : Optional.of(name);
    }

    @Override
    public int compare(Object a, Object b) {
        ParsedName x = (ParsedName) a;
        ParsedName y = (ParsedName) b;
        int na = x.words().size();
        int nb = y.words().size();
        boolean[] usedA = new boolean[na];
        boolean[] usedB = new boolean[nb];
        int exact = 0;
        // exact spelling-key matches first, in order, then the best fuzzy ones
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                if (!usedB[j] && x.keys().get(i).equals(y.keys().get(j))) {
                    usedA[i] = true;
                    usedB[j] = true;
                    exact++;
                    break;
                }
            }
        }
        int fuzzy = 0;
        while (exact + fuzzy < Math.min(na, nb)) {
            double best = 0;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < na; i++) {
                if (usedA[i]) {
                    continue;
                }
                for (int j = 0; j < nb; j++) {
                    if (usedB[j]) {
                        continue;
                    }
                    // spelling keys absorb transliteration variants, so one similarity on them suffices
                    double s = StringSimilarity.jaroWinkler(x.keys().get(i), y.keys().get(j));
                    if (s > best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (best < WORD_MATCH) {
                break;
            }
            usedA[bi] = true;
            usedB[bj] = true;
            fuzzy++;
        }
        int matched = exact + fuzzy;
        int uncoveredA = uncovered(x, usedA, y.initials());
        int uncoveredB = uncovered(y, usedB, x.initials());
        int unmatchedA = na - matched;
        int unmatchedB = nb - matched;
        boolean initialsUsed = (unmatchedA > 0 && uncoveredA < unmatchedA) || (unmatchedB > 0 && uncoveredB < unmatchedB);
        int patronymic = patronymicRelation(x.patronymic(), y.patronymic());
        boolean patronymicOk = patronymic != CONFLICT;
        if (matched == 0) {
            return 6;
        }
        if (!patronymicOk) {
            return 5;
        }
        if (unmatchedA == 0 && unmatchedB == 0 && fuzzy == 0 && na >= 2
                && (patronymic == EQUAL || patronymic == BOTH_MISSING)
                && x.initials().isEmpty() && y.initials().isEmpty()) {
            return 0;
        }
        boolean smallerSideMatched = matched == Math.min(na, nb);
        boolean restCovered = uncoveredA == 0 && uncoveredB == 0;
        if (matched >= 2 && smallerSideMatched && fuzzy == 0 && restCovered) {
            return 1;
        }
        if (matched >= 2 && smallerSideMatched && restCovered) {
            return 2;
        }
        if (restCovered && (initialsUsed || initialsAgree(x, y)) && !initialsContradict(x, usedB, y)
                && !initialsContradict(y, usedA, x)) {
            // "Lebedev A. A." against «Лебедев Андрей Александрович» says more than "Lebedev A." does:
            // two initials agreeing by chance are rarer than one
            int agreeing = Math.max(explainedInitials(x, usedB, y), explainedInitials(y, usedA, x));
            return agreeing >= 2 ? 3 : 4;
        }
        return 5;
    }

    /**
     * How many of {@code x}'s initials the other name accounts for: by an unmatched word, its patronymic,
     * or (when both are initials only) its own initials in order.
     */
    private static int explainedInitials(ParsedName x, boolean[] usedOther, ParsedName other) {
        Unmatched rest = Unmatched.of(usedOther, other);
        if (rest.keys().isEmpty() && other.patronymic().isEmpty()) {
            int n = 0;
            for (int k = 0; k < Math.min(x.initials().size(), other.initials().size()); k++) {
                n += sameInitial(x.initials().get(k), other.initials().get(k)) ? 1 : 0;
            }
            return n;
        }
        return InitialsMatch.of(x.initials(), rest, other.patronymic()).explained();
    }

    /** The other name's words no agreeing word took: their comparison keys and their spellings, in order. */
    private record Unmatched(List<String> keys, List<String> spelled) {
        static Unmatched of(boolean[] usedOther, ParsedName other) {
            List<String> keys = new ArrayList<>();
            List<String> spelled = new ArrayList<>();
            for (int j = 0; j < usedOther.length; j++) {
                if (!usedOther[j]) {
                    keys.add(other.keys().get(j));
                    spelled.add(other.words().get(j));
                }
            }
            return new Unmatched(keys, spelled);
        }
    }

    /**
     * Initials matched one by one to the first unmatched word that starts like them, else to the patronymic
     * (once): how many were explained, how many words took one, and whether the patronymic did.
     */
    private record InitialsMatch(int explained, int wordsUsed, boolean patronymicUsed) {
        static InitialsMatch of(List<String> initials, Unmatched rest, String patronymic) {
            boolean[] wordUsed = new boolean[rest.keys().size()];
            boolean patronymicUsed = false;
            int explained = 0;
            int wordsUsed = 0;
            for (String ini : initials) {
                String k = org.vigil.core.text.NameSkeleton.ofAsciiWord(ini);
                boolean found = false;
                for (int w = 0; w < wordUsed.length && !found; w++) {
                    if (!wordUsed[w] && (startsLike(rest.keys().get(w), ini, k)
                            || startsLike(rest.spelled().get(w), ini, k))) {
                        wordUsed[w] = true;
                        wordsUsed++;
                        found = true;
                    }
                }
                if (!found && !patronymicUsed && !patronymic.isEmpty() && startsLike(patronymic, ini, k)) {
                    patronymicUsed = true;
                    found = true;
                }
                explained += found ? 1 : 0;
            }
            return new InitialsMatch(explained, wordsUsed, patronymicUsed);
        }
    }

    /** Both names hold initials and the shorter list's initials all appear in the longer one ("Y. I." and "Y."). */
    private static boolean initialsAgree(ParsedName x, ParsedName y) {
        if (x.initials().isEmpty() || y.initials().isEmpty()) {
            return false;
        }
        List<String> few = x.initials().size() <= y.initials().size() ? x.initials() : y.initials();
        List<String> many = few == x.initials() ? y.initials() : x.initials();
        List<String> left = new ArrayList<>(many);
        for (String i : few) {
            boolean found = false;
            for (int k = 0; k < left.size() && !found; k++) {
                if (sameInitial(i, left.get(k))) {
                    left.remove(k);
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code x}'s initials contradict {@code other}: an initial that no unmatched word of the other
     * name accounts for and that differs from the other's patronymic ("Akhmetova D. B." against
     * «Ахметова Динара Жаксылыковна»), or, when both are initials only, a first initial that differs.
     */
    private static boolean initialsContradict(ParsedName x, boolean[] usedOther, ParsedName other) {
        if (x.initials().isEmpty()) {
            return false;
        }
        Unmatched rest = Unmatched.of(usedOther, other);
        if (rest.keys().isEmpty() && other.patronymic().isEmpty() && other.initials().isEmpty()) {
            return false;
        }
        if (rest.keys().isEmpty() && other.patronymic().isEmpty()) {
            // initials against initials: the first (the given name's) must agree
            return !sameInitial(x.initials().get(0), other.initials().get(0)) && !initialsAgree(x, other);
        }
        InitialsMatch m = InitialsMatch.of(x.initials(), rest, other.patronymic());
        int unexplained = x.initials().size() - m.explained();
        // an initial is unexplained only if the other name had something it should have matched
        return unexplained > 0 && (rest.keys().size() > m.wordsUsed()
                || !other.patronymic().isEmpty() && !m.patronymicUsed());
    }

    private static boolean startsLike(String key, String initial, String initialKey) {
        if (initial.equals("y") && !key.isEmpty() && "aeiouy".indexOf(key.charAt(0)) >= 0) {
            // "Y." stands for Ye, Ya, Yu or Yo (Е, Я, Ю, Ё), which other spellings write E, A, Iu, U
            return true;
        }
        return key.startsWith(initial) || !initialKey.isEmpty() && key.startsWith(initialKey)
                || !initialKey.isEmpty() && key.startsWith(initialKey.substring(0, 1)) && initial.length() == 1;
    }

    private static boolean sameInitial(String a, String b) {
        if (a.equals(b) || a.equals("y") && "aeiou".indexOf(b.charAt(0)) >= 0
                || b.equals("y") && "aeiou".indexOf(a.charAt(0)) >= 0) {
            return true;
        }
        String ka = org.vigil.core.text.NameSkeleton.ofAsciiWord(a);
        String kb = org.vigil.core.text.NameSkeleton.ofAsciiWord(b);
        return !ka.isEmpty() && !kb.isEmpty() && ka.charAt(0) == kb.charAt(0);
    }

    private static final int EQUAL = 0;
    private static final int BOTH_MISSING = 1;
    private static final int ONE_MISSING = 2;
    private static final int SIMILAR = 3;
    private static final int CONFLICT = 4;

    private static int patronymicRelation(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return BOTH_MISSING;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return ONE_MISSING;
        }
        if (a.equals(b)) {
            return EQUAL;
        }
        return StringSimilarity.jaroWinkler(a, b) >= WORD_MATCH ? SIMILAR : CONFLICT;
    }

    /** How many unmatched words of a name no initial of the other name accounts for. */
    private static int uncovered(ParsedName name, boolean[] used, List<String> otherInitials) {
        if (otherInitials.isEmpty()) {
            int n = 0;
            for (boolean u : used) {
                n += u ? 0 : 1;
            }
            return n;
        }
        boolean[] initialUsed = new boolean[otherInitials.size()];
        int n = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                continue;
            }
            boolean covered = false;
            for (int k = 0; k < otherInitials.size() && !covered; k++) {
                String ini = otherInitials.get(k);
                String iniKey = org.vigil.core.text.NameSkeleton.ofAsciiWord(ini);
                if (!initialUsed[k] && (startsLike(name.words().get(i), ini, iniKey)
                        || startsLike(name.keys().get(i), ini, iniKey))) {
                    initialUsed[k] = true;
                    covered = true;
                }
            }
            n += covered ? 0 : 1;
        }
        return n;
    }

    @Override
    public String frequencyKey(Object prepared) {
        return ((ParsedName) prepared).frequencyKey();
    }

    @Override
    public List<String> blockingTransforms() {
        return List.of("words", "wordpairs", "prefixes", "firstletters", "exact", "initials", "surnameinitial");
    }

    @Override
    public List<String> blockingKeys(Object prepared, String transform) {
        ParsedName n = (ParsedName) prepared;
        List<String> keys = n.keys();
        switch (transform) {
            case "words":
                return distinct(keys, 0);
            case "wordpairs": {
                List<String> sorted = new ArrayList<>(distinct(keys, 0));
                sorted.sort(null);
                List<String> pairs = new ArrayList<>(sorted.size() * (sorted.size() - 1) / 2);
                for (int a = 0; a < sorted.size(); a++) {
                    for (int b = a + 1; b < sorted.size(); b++) {
                        pairs.add(sorted.get(a) + " " + sorted.get(b));
                    }
                }
                return pairs;
            }
            case "prefixes":
                return distinct(keys, 4);
            case "firstletters": {
                List<String> letters = new ArrayList<>(distinct(keys, 1));
                for (String initial : n.initials()) {
                    String first = org.vigil.core.text.NameSkeleton.ofAsciiWord(initial).substring(0, 1);
                    if (!letters.contains(first)) {
                        letters.add(first);
                    }
                }
                return letters;
            }
            case "exact":
                return List.of(n.frequencyKey());
            case "surnameinitial": {
                // each word's key with the first letter of another word or of an initial: lets
                // "Akhmetova D. Z." meet "Dinara Akhmetova" (which word is the surname is not known)
                List<String> out = new ArrayList<>();
                for (int a = 0; a < keys.size(); a++) {
                    for (int b = 0; b < keys.size(); b++) {
                        if (a != b) {
                            add(out, keys.get(a) + "|" + keys.get(b).charAt(0));
                        }
                    }
                    if (!n.initials().isEmpty()) {
                        String k = org.vigil.core.text.NameSkeleton.ofAsciiWord(n.initials().get(0));
                        add(out, keys.get(a) + "|" + (k.isEmpty() ? n.initials().get(0).charAt(0) : k.charAt(0)));
                    }
                }
                return out;
            }
            case "initials": {
                char[] firsts = new char[keys.size()];
                for (int k = 0; k < firsts.length; k++) {
                    firsts[k] = keys.get(k).charAt(0);
                }
                java.util.Arrays.sort(firsts);
                return List.of(new String(firsts));
            }
            default:
                return List.of();
        }
    }

    private static void add(List<String> out, String key) {
        if (!out.contains(key)) {
            out.add(key);
        }
    }

    /** The distinct keys, or their first {@code length} letters when length > 0, in order. */
    private static List<String> distinct(List<String> keys, int length) {
        if (keys.size() == 1) {
            String k = keys.get(0);
            return List.of(length > 0 && k.length() > length ? k.substring(0, length) : k);
        }
        List<String> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            String v = length > 0 && k.length() > length ? k.substring(0, length) : k;
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
