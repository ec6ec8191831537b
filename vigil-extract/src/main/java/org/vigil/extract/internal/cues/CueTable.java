package org.vigil.extract.internal.cues;

import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A table of cues for one vocabulary: each line a code, anchor words and a regular expression written in lower
 * case and matched against the lower-cased sentence; the expression is tried only when one of the anchors
 * occurs in the sentence (a cheap substring search), which keeps extraction fast. The codes are checked
 * against vigil-core's vocabulary when the table loads, so a cue can never produce an unknown code.
 */
public final class CueTable {

    private record Cue(String code, String[] anchors, Pattern pattern) {
        boolean anchored(String lower) {
            for (String a : anchors) {
                if (lower.contains(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Cue> cues;

    private CueTable(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The violation-category cues. */
    public static CueTable violationCategories() {
        return load("violation_cues.tsv", VocabularyKind.VIOLATION_CATEGORY);
    }

    /** The torture-method cues. */
    public static CueTable tortureMethods() {
        return load("torture_method_cues.tsv", VocabularyKind.TORTURE_METHOD);
    }

    /** The fair-trial-concern cues. */
    public static CueTable fairTrialConcerns() {
        return load("fair_trial_cues.tsv", VocabularyKind.FAIR_TRIAL_CONCERN);
    }

    /** Every cue found in a sentence, in text order. */
    public List<CueMention> find(String sentence) {
        return find(sentence, lowerCase(sentence));
    }

    /** Every cue found in a sentence whose lower-cased form ({@link #lowerCase}) the caller already has. */
    public List<CueMention> find(String sentence, String lower) {
        List<CueMention> found = new ArrayList<>();
        for (Cue cue : cues) {
            // The anchor test is a plain substring search: most cues never reach the regular expression.
            if (!cue.anchored(lower)) {
                continue;
            }
            Matcher m = cue.pattern.matcher(lower);
            while (m.find()) {
                found.add(new CueMention(cue.code, m.start(), m.end(), sentence.substring(m.start(), m.end())));
            }
        }
        found.sort(java.util.Comparator.comparingInt(CueMention::start));
        return found;
    }

    /** Lower case character by character, so offsets stay those of the sentence (patterns are lower case). */
    public static String lowerCase(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    private static CueTable load(String file, VocabularyKind kind) {
        String resource = "/org/vigil/extract/lexicon/" + file;
        InputStream in = CueTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("cue table " + resource + " is missing from the jar");
        }
        List<Cue> cues = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                if (cells.length < 3 || !Vocabularies.builtIn().get(kind).contains(cells[0].strip())) {
                    throw new IllegalStateException(resource + ":" + number + ": '" + cells[0]
                            + "' is not a code of the " + kind.fileName() + " vocabulary");
                }
                try {
                    cues.add(new Cue(cells[0].strip(), cells[1].strip().split("\\|"), Pattern.compile(cells[2].strip())));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(resource + ":" + number + ": bad pattern: " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue table " + resource, e);
        }
        return new CueTable(cues);
    }
}
