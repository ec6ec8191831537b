package org.vigil.extract.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Repairs the layout of text extracted from a printed report.
 *
 * <p>PDF extraction interleaves side boxes into the running text, sometimes in the middle of a sentence,
 * and leaves page numbers and running titles between paragraphs. The rules, in order:
 * <ol>
 *   <li>a line holding only a page number, or a short line repeated three times or more (a running title),
 *       is noise and is skipped without ending the paragraph it interrupts;</li>
 *   <li>a blank line ends a paragraph; a line that starts with white space starts a new one (PDF
 *       extraction marks the start of a new text region, such as a box, that way);</li>
 *   <li>a one-line paragraph of at most twelve words with no closing punctuation is a heading;</li>
 *   <li>a paragraph that starts with a lower-case letter continues the nearest earlier paragraph whose last
 *       sentence is unfinished; the paragraphs in between are side boxes and stay blocks of their own;</li>
 *   <li>lines are joined with a space, or without one after a hyphen that ends a line before a lower-case
 *       letter ("ill-" + "treatment").</li>
 * </ol>
 */
public final class LayoutRepair {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*(?:page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?\\s*", Pattern.CASE_INSENSITIVE);
    private static final int RUNNING_TITLE_REPEATS = 3;
    private static final int HEADING_MAX_WORDS = 12;
    /** A line ending with one of these words goes on: it is no heading ("... that they had"). */
    private static final java.util.Set<String> CONTINUING_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "in",
            "that", "had", "have", "has", "was", "were", "is", "are", "and", "or", "for", "with", "by", "on", "at",
            "from", "their", "his", "her", "its", "who", "which", "as", "be", "been", "not", "but");

    private LayoutRepair() {
    }

    /** The blocks of a text, ordered by the input offset of their first character. */
    public static List<Block> repair(String input) {
        List<Line> lines = lines(input);
        markNoise(lines);
        List<Paragraph> paragraphs = paragraphs(lines);
        joinContinuations(paragraphs);
        List<Block> blocks = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.continuationOf != null) {
                continue;
            }
            StitchedText text = stitch(input, p);
            if (text.text().isBlank()) {
                continue;
            }
            blocks.add(new Block(blocks.size(), p.kind(), text));
        }
        return List.copyOf(blocks);
    }

    private record Line(int start, int end, String content, boolean indented) {
        boolean blank() {
            return content.isBlank();
        }
    }

    private static final class Paragraph {
        final List<Line> lines = new ArrayList<>();
        final boolean regionStart;
        Paragraph continuationOf;
        final List<Paragraph> continuations = new ArrayList<>();
        boolean sideBox;
        boolean followedByBlank = true;

        Paragraph(boolean regionStart) {
            this.regionStart = regionStart;
        }

        String firstText() {
            return lines.get(0).content.strip();
        }

        String lastText() {
            Paragraph tail = continuations.isEmpty() ? this : continuations.get(continuations.size() - 1);
            return tail.lines.get(tail.lines.size() - 1).content.strip();
        }

        boolean heading() {
            if (lines.size() != 1 || !continuations.isEmpty()) {
                return false;
            }
            String t = firstText();
            String[] words = t.split("\\s+");
            String lastWord = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
            return followedByBlank && !CONTINUING_WORDS.contains(lastWord)
                    && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && !endsSentence(t)
                    && !t.endsWith(",") && !t.endsWith(";") && t.split("\\s+").length <= HEADING_MAX_WORDS;
        }

        boolean unfinished() {
            return !heading() && !endsSentence(lastText());
        }

        BlockKind kind() {
            return heading() ? BlockKind.HEADING : sideBox ? BlockKind.SIDE_BOX : BlockKind.TEXT;
        }
    }

    private static List<Line> lines(String input) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = input.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || input.charAt(i) == '\n' || input.charAt(i) == '\r') {
                String content = input.substring(start, i);
                boolean indented = !content.isEmpty() && (content.charAt(0) == ' ' || content.charAt(0) == '\t'
                        || content.charAt(0) == '\f' || content.charAt(0) == '\u00a0');
                lines.add(new Line(start, i, content, indented));
                if (i < n && input.charAt(i) == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static final String NOISE = "\u0000noise";

    private static void markNoise(List<Line> lines) {
        Map<String, Integer> repeats = new HashMap<>();
        for (Line l : lines) {
            String t = l.content.strip();
            if (!t.isEmpty() && t.length() <= 80 && !endsSentence(t)) {
                repeats.merge(t, 1, Integer::sum);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.content.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (PAGE_NUMBER.matcher(t).matches() || repeats.getOrDefault(t, 0) >= RUNNING_TITLE_REPEATS) {
                lines.set(i, new Line(l.start, l.end, NOISE, false));
            }
        }
    }

    private static List<Paragraph> paragraphs(List<Line> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        for (Line l : lines) {
            if (NOISE.equals(l.content)) {
                continue;
            }
            if (l.blank()) {
                current = null;
                continue;
            }
            if (current == null || l.indented) {
                if (current != null) {
                    current.followedByBlank = false;
                }
                current = new Paragraph(l.indented);
                paragraphs.add(current);
            }
            current.lines.add(l);
        }
        return paragraphs;
    }

    private static void joinContinuations(List<Paragraph> paragraphs) {
        for (int i = 1; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (!startsLowerCase(p.firstText())) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Paragraph open = paragraphs.get(j);
                if (open.continuationOf == null && open.unfinished()) {
                    p.continuationOf = open;
                    open.continuations.add(p);
                    for (int k = j + 1; k < i; k++) {
                        Paragraph between = paragraphs.get(k);
                        if (between.continuationOf == null && !between.heading()) {
                            between.sideBox = true;
                        }
                    }
                    break;
                }
            }
        }
    }

    private static StitchedText stitch(String input, Paragraph p) {
        StitchedText.Builder b = new StitchedText.Builder();
        List<Line> all = new ArrayList<>(p.lines);
        p.continuations.forEach(c -> all.addAll(c.lines));
        int previousEnd = -1;
        for (Line l : all) {
            int from = l.start;
            int to = l.end;
            while (from < to && Character.isWhitespace(input.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(input.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            if (b.length() > 0) {
                boolean hyphenated = b.last() == '-' && Character.isLowerCase(input.charAt(from))
                        && b.length() >= 2;
                if (!hyphenated) {
                    b.append(' ', previousEnd);
                }
            }
            b.appendRange(input, from, to);
            previousEnd = to;
        }
        return b.build();
    }

    /** True when text ends a sentence: closing punctuation, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’)]»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }
}
