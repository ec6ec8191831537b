package org.vigil.extract.cues;

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
 * A table of cues for one vocabulary: each line a code and a regular expression. The codes are checked
 * against vigil-core's vocabulary when the table loads, so a cue can never produce an unknown code.
 */
public final class CueTable {

    private record Cue(String code, Pattern pattern) {
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

    /** Every cue found in a sentence, in table order then text order. */
    public List<CueMention> find(String sentence) {
        List<CueMention> found = new ArrayList<>();
        for (Cue cue : cues) {
            Matcher m = cue.pattern.matcher(sentence);
            while (m.find()) {
                found.add(new CueMention(cue.code, m.start(), m.end(), m.group()));
            }
        }
        return found;
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
                String[] cells = line.split("\t", 2);
                if (cells.length < 2 || !Vocabularies.builtIn().get(kind).contains(cells[0].strip())) {
                    throw new IllegalStateException(resource + ":" + number + ": '" + cells[0]
                            + "' is not a code of the " + kind.fileName() + " vocabulary");
                }
                try {
                    cues.add(new Cue(cells[0].strip(), Pattern.compile(cells[1].strip(),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
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
