package org.vigil.extract.internal.names;

import org.vigil.extract.internal.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised words. Connectors join capitalised words only between them ("Department of
 * Internal Affairs", "Committee against Torture"); a few lower-case words join a place to an institution
 * ("Tashkent city Prosecutor"). Leading function words and titles are dropped ("In March" gives nothing,
 * "Dr Ivan Petrov" gives "Ivan Petrov", marked as titled), and a trailing possessive is cut off.
 */
public final class NameChunker {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "against", "on", "de", "del", "da", "dos",
            "das", "do", "van", "von", "der", "den", "du", "la", "le", "al", "bin", "ibn", "bint", "el", "y");
    private static final Set<String> ARTICLE_AFTER = Set.of("of", "for", "on", "against");
    private static final Set<String> INSTITUTION_LINKS = Set.of("city", "regional", "district", "provincial",
            "military", "appeal", "appeals", "municipal", "town", "oblast", "county");

    private final Lexicon lexicon;

    /** A chunker using the given lexicon. */
    public NameChunker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The chunks of a tokenised sentence. */
    public List<NameChunk> chunks(String sentence, List<Token> tokens) {
        List<NameChunk> chunks = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = i;
            while (true) {
                int k = end + 1;
                if (k < n && tokens.get(k).capitalised() && spaced(sentence, tokens.get(end), tokens.get(k))) {
                    end = k;
                } else if (k + 1 < n && CONNECTORS.contains(tokens.get(k).text()) && tokens.get(k + 1).capitalised()) {
                    end = k + 1;
                } else if (k + 2 < n && ARTICLE_AFTER.contains(tokens.get(k).text()) && tokens.get(k + 1).text().equals("the")
                        && tokens.get(k + 2).capitalised()) {
                    end = k + 2;
                } else if (k + 1 < n && INSTITUTION_LINKS.contains(tokens.get(k).text())
                        && lexicon.organisationHead(tokens.get(k + 1).text()).isPresent()) {
                    end = k + 1;
                } else {
                    break;
                }
            }
            addTrimmed(sentence, tokens.subList(i, end + 1), chunks);
            i = end + 1;
        }
        return chunks;
    }

    private static boolean spaced(String s, Token a, Token b) {
        return b.start() - a.end() == 1 && s.charAt(a.end()) == ' ';
    }

    private void addTrimmed(String sentence, List<Token> run, List<NameChunk> out) {
        int from = 0;
        int to = run.size();
        boolean titled = false;
        int titleAt = -1;
        // "Army Commander Sarath Fonseka": a title inside a run, followed by two or more capitalised words that
        // hold no institution word, starts a name; what comes before it describes the person.
        for (int k = run.size() - 3; k > 0; k--) {
            if (lexicon.isTitle(run.get(k).text()) && run.subList(k + 1, to).stream().allMatch(Token::capitalised)
                    && run.subList(k + 1, to).stream().noneMatch(r -> lexicon.organisationHead(r.text()).isPresent())) {
                from = k;
                break;
            }
        }
        while (from < to) {
            Token t = run.get(from);
            if (lexicon.isTitle(t.text())) {
                titled = true;
                titleAt = titleAt < 0 ? from : titleAt;
                from++;
            } else if (isFunctionWord(t.text()) || isCalendarWord(t.text())
                    || from + 1 < to && lexicon.isRole(t.text().toLowerCase(java.util.Locale.ROOT))
                    && run.subList(from + 1, to).stream().noneMatch(r -> lexicon.organisationHead(r.text()).isPresent())) {
                titled = false;
                from++;
            } else if (!t.capitalised()) {
                from++;
            } else {
                break;
            }
        }
        while (to > from && !run.get(to - 1).capitalised()) {
            to--;
        }
        if (from >= to) {
            return;
        }
        if (titled && titleAt >= 0) {
            // "General Inspector's Office" is an institution, not General + a name.
            for (Token t : run.subList(from, to)) {
                if (lexicon.organisationHead(t.text()).isPresent()) {
                    from = titleAt;
                    titled = false;
                    break;
                }
            }
        }
        List<Token> kept = new ArrayList<>(run.subList(from, to));
        Token last = kept.get(kept.size() - 1);
        String bare = last.withoutPossessive();
        if (bare.length() != last.text().length()) {
            kept.set(kept.size() - 1, new Token(bare, last.start(), last.start() + bare.length()));
        }
        int start = kept.get(0).start();
        int end = kept.get(kept.size() - 1).end();
        out.add(new NameChunk(List.copyOf(kept), start, end, sentence.substring(start, end), titled));
    }

    private static boolean isCalendarWord(String w) {
        return org.vigil.core.time.DatePhrase.monthNumber(w).isPresent() || Set.of("Monday", "Tuesday", "Wednesday",
                "Thursday", "Friday", "Saturday", "Sunday").contains(w);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("The", "In", "On", "At", "By", "For",
            "From", "To", "Of", "And", "Or", "But", "However", "During", "After", "Before", "Since", "Until",
            "While", "When", "Where", "This", "That", "These", "Those", "Their", "His", "Her", "Its", "Most",
            "Many", "Some", "Several", "All", "Both", "Each", "Other", "Such", "According", "Despite",
            "Under", "Between", "Against", "With", "Without", "Following");

    private static boolean isFunctionWord(String w) {
        return FUNCTION_WORDS.contains(w);
    }
}
