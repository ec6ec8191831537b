package org.vigil.extract.internal.names;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param text  the characters
 * @param start first character in the sentence
 * @param end   one past the last character
 */
public record Token(String text, int start, int end) {

    private static final java.util.regex.Pattern ARABIC_PARTICLE =
            java.util.regex.Pattern.compile("(?:al|el|ad|ash|as|at|an|ar|az|ibn|bin|bint|abu|abd|ben)-\\p{Lu}.*");

    /** True when the token starts with a capital letter, or is a particle joined to one ("al-Hassan"). */
    public boolean capitalised() {
        return !text.isEmpty() && (Character.isUpperCase(text.codePointAt(0))
                || ARABIC_PARTICLE.matcher(text).matches());
    }

    /** True for an all-capitals word of two or more letters ("KGB", "UN"). */
    public boolean acronym() {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return Character.isLetter(text.charAt(0));
    }

    /** True for a word (starts with a letter). */
    public boolean word() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    /** The word without an English possessive ending ("Ivanov’s" → "Ivanov"). */
    public String withoutPossessive() {
        if (text.endsWith("’s") || text.endsWith("'s")) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }
}
