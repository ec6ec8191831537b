package org.vigil.core.vocab;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A controlled vocabulary: codes with labels, in the order the file gives them. */
public final class Vocabulary {

    private final VocabularyKind kind;
    private final Map<String, VocabularyTerm> terms;

    Vocabulary(VocabularyKind kind, Map<String, VocabularyTerm> terms) {
        this.kind = kind;
        this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    /** Which vocabulary this is. */
    public VocabularyKind kind() {
        return kind;
    }

    /** True when the code is a term of this vocabulary. */
    public boolean contains(String code) {
        return terms.containsKey(code);
    }

    /** The term with this code. */
    public Optional<VocabularyTerm> term(String code) {
        return Optional.ofNullable(terms.get(code));
    }

    /** All terms in file order. */
    public Collection<VocabularyTerm> terms() {
        return terms.values();
    }

    /** The English label of a code, or the code itself when unknown (so old data still displays). */
    public String label(String code) {
        return term(code).map(VocabularyTerm::label).orElse(code);
    }
}
