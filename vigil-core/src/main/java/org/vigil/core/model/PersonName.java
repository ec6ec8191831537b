package org.vigil.core.model;

import java.util.Optional;

/**
 * One way a person's name is written.
 *
 * @param value    the name as written ("Тулетаева Роза", "Roza Tuletaeva")
 * @param script   ISO 15924 script code: {@code Latn}, {@code Cyrl}; detected from the text when absent
 * @param language BCP 47 tag of the spelling, when known ({@code kk}, {@code ru})
 * @param sourceId the source that spells it so
 */
public record PersonName(String value, String script, Optional<String> language, Optional<String> sourceId) {

    /** Normalises absent parts and detects the script. */
    public PersonName {
        value = Fields.required(value);
        script = script == null || script.isBlank() ? detectScript(value) : script;
        language = Fields.text(language);
        sourceId = Fields.text(sourceId);
    }

    /** A name with its script detected. */
    public static PersonName of(String value) {
        return new PersonName(value, null, Optional.empty(), Optional.empty());
    }

    /** {@code Cyrl} when the name has Cyrillic letters, {@code Latn} when it has Latin ones, else {@code Zyyy}. */
    public static String detectScript(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.CYRILLIC) {
                return "Cyrl";
            }
            latin |= s == Character.UnicodeScript.LATIN;
            i += Character.charCount(cp);
        }
        return latin ? "Latn" : "Zyyy";
    }
}
