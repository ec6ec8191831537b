package org.vigil.report.internal.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The fixed phrases of a report in one language, from {@code org/vigil/report/messages*.properties}; not thread-safe. */
public final class Phrases {

    private static final String BUNDLE = "org.vigil.report.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Vocabularies vocabularies;
    // Parsing an ICU pattern costs more than formatting it; a report formats the same few hundred patterns
    // thousands of times. One Phrases serves one report on one thread, so a plain map is enough.
    private final java.util.Map<String, MessageFormat> formats = new java.util.HashMap<>();

    private Phrases(ResourceBundle bundle, Locale locale, Vocabularies vocabularies) {
        this.bundle = bundle;
        this.locale = locale;
        this.vocabularies = vocabularies;
    }

    /** The phrases of a language; English is the base bundle, so any other language falls back to it key by key. */
    public static Phrases of(Locale locale, Vocabularies vocabularies) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Phrases(b, locale, vocabularies);
    }

    /** The language code, "en" or "ru". */
    public String language() {
        return locale.getLanguage();
    }

    /** The locale. */
    public Locale locale() {
        return locale;
    }

    /** A phrase with its arguments filled in (ICU message syntax, so plurals follow the language's rules). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report phrase '" + key + "' is missing from " + BUNDLE + " ("
                    + language() + ")", e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern, ULocale.forLocale(locale))).format(args);
    }

    /** A phrase if the bundle has it, else the fallback. */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A vocabulary term's label in this language (the English label where no translation exists). */
    public String label(VocabularyKind kind, String code) {
        return vocabularies.get(kind).term(code).map(t -> t.label(language())).orElse(code.replace('_', ' '));
    }

    /** The country's name in this language ("Kazakhstan", "Казахстан"). */
    public String country(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** Dates written in this language. */
    public DateWords dates() {
        return new DateWords(this);
    }
}
