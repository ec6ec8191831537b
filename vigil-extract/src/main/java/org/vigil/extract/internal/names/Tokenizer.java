package org.vigil.extract.internal.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into words (letters and marks, with inner apostrophes and hyphens), numbers (digits with
 * inner commas or points) and single punctuation marks.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The tokens of a text in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isLetter(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (Character.isDigit(c)) {
                i++;
                while (i < n && (Character.isDigit(text.charAt(i))
                        || (text.charAt(i) == ',' || text.charAt(i) == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else {
                i++;
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }
}
