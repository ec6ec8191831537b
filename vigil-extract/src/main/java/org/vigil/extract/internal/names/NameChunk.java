package org.vigil.extract.internal.names;

import java.util.List;

/**
 * A run of capitalised words in a sentence, the raw material of names ("Minsk City Court",
 * "UN Committee against Torture", "Emin Guliyev").
 *
 * @param tokens the words, with inner connectors ("of", "against")
 * @param start  first character in the sentence
 * @param end    one past the last character
 * @param text   the words as written
 * @param titled true when a title ("Dr", "Judge") stood before the chunk
 */
public record NameChunk(List<Token> tokens, int start, int end, String text, boolean titled) {

    /** The first word. */
    public Token first() {
        return tokens.get(0);
    }

    /** The last word. */
    public Token last() {
        return tokens.get(tokens.size() - 1);
    }

    /** The number of words. */
    public int size() {
        return tokens.size();
    }
}
