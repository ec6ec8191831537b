package org.vigil.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into words (with inner apostrophes and hyphens), numbers and punctuation marks. */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\p{Nd}'’\\-]*[\\p{L}\\p{M}\\p{Nd}])?|\\p{Nd}+(?:[.,]\\p{Nd}+)*|\\S");

    private Tokenizer() {
    }

    /** The tokens of a text in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
