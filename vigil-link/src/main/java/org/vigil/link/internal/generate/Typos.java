package org.vigil.link.internal.generate;

import java.util.SplittableRandom;

/** The development generators' typo model: one substitution, deletion, swap or doubled letter. */
public final class Typos {

    private Typos() {
    }

    /** The word with one edit after its first letter (short words unchanged). */
    public static String edit(SplittableRandom random, String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean cyrillic = Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.CYRILLIC;
        String letters = cyrillic ? "аеиоунрстлкм" : "aeiounrstlkm";
        int i = 1 + random.nextInt(word.length() - 1);
        switch (random.nextInt(4)) {
            case 0:
                return word.substring(0, i) + letters.charAt(random.nextInt(letters.length())) + word.substring(i + 1);
            case 1:
                return word.substring(0, i) + word.substring(i + 1);
            case 2:
                return i + 1 < word.length() ? word.substring(0, i) + word.charAt(i + 1) + word.charAt(i)
                        + word.substring(i + 2) : word.substring(0, i);
            default:
                return word.substring(0, i) + word.charAt(i) + word.substring(i);
        }
    }
}
