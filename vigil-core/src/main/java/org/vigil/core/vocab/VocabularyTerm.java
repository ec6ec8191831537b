package org.vigil.core.vocab;

import java.util.Map;
import java.util.Optional;

/**
 * One term of a controlled vocabulary.
 *
 * @param code         the stable identifier used in data ({@code excessive_force})
 * @param label        the English label
 * @param scopeNote    what the term covers, in English
 * @param translations labels by language tag ({@code ru})
 */
public record VocabularyTerm(String code, String label, String scopeNote, Map<String, String> translations) {

    /** Copies the translations so the term stays immutable. */
    public VocabularyTerm {
        translations = Map.copyOf(translations);
    }

    /** The label in a language, falling back to English. */
    public String label(String languageTag) {
        return Optional.ofNullable(translations.get(languageTag)).orElse(label);
    }

    VocabularyTerm withTranslation(String language, String translated) {
        var copy = new java.util.HashMap<>(translations);
        copy.put(language, translated);
        return new VocabularyTerm(code, label, scopeNote, copy);
    }
}
