package org.vigil.core.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The set of controlled vocabularies: the built-in ones, optionally extended from a directory.
 *
 * <p>Files are tab-separated: {@code code<TAB>label<TAB>scope note}, lines starting with {@code #}
 * ignored. {@code <name>.tsv} in an extension directory adds terms (or relabels existing ones);
 * {@code <name>.<lang>.tsv} adds translated labels. No code change is needed to add a term.
 */
public final class Vocabularies {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String RESOURCE_DIR = "/org/vigil/core/vocab/";
    private static final String[] BUILT_IN_LANGUAGES = {"ru"};
    private static final Vocabularies BUILT_IN = loadBuiltIn();

    private final Map<VocabularyKind, Vocabulary> byKind;

    private Vocabularies(Map<VocabularyKind, Vocabulary> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    /** The vocabularies shipped with Vigil. */
    public static Vocabularies builtIn() {
        return BUILT_IN;
    }

    /** The vocabulary of a kind. */
    public Vocabulary get(VocabularyKind kind) {
        return byKind.get(kind);
    }

    /**
     * These vocabularies extended by the files of a directory (see class comment); a missing directory
     * changes nothing.
     *
     * @throws IllegalArgumentException naming file and line of a malformed entry
     */
    public Vocabularies extendedFrom(Path directory) {
        if (!Files.isDirectory(directory)) {
            return this;
        }
        Map<VocabularyKind, Map<String, VocabularyTerm>> terms = mutableCopy();
        for (VocabularyKind kind : VocabularyKind.values()) {
            Path base = directory.resolve(kind.fileName() + ".tsv");
            if (Files.exists(base)) {
                read(base.toString(), open(base), terms.get(kind), null);
            }
            try (var files = Files.list(directory)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String name = p.getFileName().toString();
                    String prefix = kind.fileName() + ".";
                    if (name.startsWith(prefix) && name.endsWith(".tsv") && !name.equals(kind.fileName() + ".tsv")) {
                        String lang = name.substring(prefix.length(), name.length() - 4);
                        read(p.toString(), open(p), terms.get(kind), lang);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list vocabulary directory " + directory, e);
            }
        }
        return of(terms);
    }

    private Map<VocabularyKind, Map<String, VocabularyTerm>> mutableCopy() {
        Map<VocabularyKind, Map<String, VocabularyTerm>> terms = new EnumMap<>(VocabularyKind.class);
        for (VocabularyKind kind : VocabularyKind.values()) {
            Map<String, VocabularyTerm> m = new LinkedHashMap<>();
            byKind.get(kind).terms().forEach(t -> m.put(t.code(), t));
            terms.put(kind, m);
        }
        return terms;
    }

    private static Vocabularies of(Map<VocabularyKind, Map<String, VocabularyTerm>> terms) {
        Map<VocabularyKind, Vocabulary> result = new EnumMap<>(VocabularyKind.class);
        terms.forEach((k, v) -> result.put(k, new Vocabulary(k, v)));
        return new Vocabularies(result);
    }

    private static Vocabularies loadBuiltIn() {
        Map<VocabularyKind, Map<String, VocabularyTerm>> terms = new EnumMap<>(VocabularyKind.class);
        for (VocabularyKind kind : VocabularyKind.values()) {
            Map<String, VocabularyTerm> m = new LinkedHashMap<>();
            String base = RESOURCE_DIR + kind.fileName() + ".tsv";
            read(base, resource(base, true), m, null);
            for (String lang : BUILT_IN_LANGUAGES) {
                String translated = RESOURCE_DIR + kind.fileName() + "." + lang + ".tsv";
                InputStream in = resource(translated, false);
                if (in != null) {
                    read(translated, in, m, lang);
                }
            }
            terms.put(kind, m);
        }
        return of(terms);
    }

    private static InputStream resource(String name, boolean required) {
        InputStream in = Vocabularies.class.getResourceAsStream(name);
        if (in == null && required) {
            throw new IllegalStateException("built-in vocabulary " + name + " is missing from the jar");
        }
        return in;
    }

    private static InputStream open(Path p) {
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary file " + p, e);
        }
    }

    private static void read(String origin, InputStream in, Map<String, VocabularyTerm> into, String language) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String code = cells[0].strip();
                if (!CODE.matcher(code).matches() || cells.length < 2 || cells[1].isBlank()) {
                    throw new IllegalArgumentException(origin + ":" + number
                            + ": expected 'code<TAB>label[<TAB>scope note]' with a lower-case code, got '" + line + "'");
                }
                String label = cells[1].strip();
                if (language == null) {
                    String note = cells.length > 2 ? cells[2].strip() : "";
                    VocabularyTerm old = into.get(code);
                    into.put(code, new VocabularyTerm(code, label, note,
                            old == null ? Map.of() : old.translations()));
                } else {
                    VocabularyTerm term = into.get(code);
                    if (term == null) {
                        throw new IllegalArgumentException(origin + ":" + number + ": '" + code
                                + "' is translated but is not a term of this vocabulary; add it to the base file first");
                    }
                    into.put(code, term.withTranslation(language, label));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + origin, e);
        }
    }
}
