package org.vigil.link.heldout;

import java.util.List;
import java.util.SplittableRandom;

/** Spelling errors as people, scanners and keyboards make them, one error per call. */
final class Typos {

    private Typos() {
    }

    /** OCR confusions between shapes that look alike, each way round. */
    private static final List<String[]> OCR = List.of(
            new String[] {"rn", "m"}, new String[] {"cl", "d"}, new String[] {"l", "1"}, new String[] {"O", "0"},
            new String[] {"e", "c"}, new String[] {"h", "b"}, new String[] {"I", "l"}, new String[] {"S", "5"},
            new String[] {"B", "8"}, new String[] {"vv", "w"}, new String[] {"u", "ii"});

    /** Spellings that sound the same in English. */
    private static final List<String[]> PHONETIC = List.of(
            new String[] {"ph", "f"}, new String[] {"ck", "k"}, new String[] {"ie", "y"}, new String[] {"c", "k"},
            new String[] {"ey", "y"}, new String[] {"ou", "ow"}, new String[] {"z", "s"}, new String[] {"th", "t"},
            new String[] {"ll", "l"}, new String[] {"tt", "t"}, new String[] {"nn", "n"}, new String[] {"ss", "s"},
            new String[] {"i", "y"}, new String[] {"ae", "e"});

    private static final String[] QWERTY = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] JCUKEN = {"йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"};
    private static final String LATIN_VOWELS = "aeiouy";

    /** A Western-name error: OCR, phonetic, keyboard neighbour, deletion, insertion or transposition. */
    static String western(String word, SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> swapPattern(word, OCR, random);
            case 1 -> swapPattern(word, PHONETIC, random);
            case 2 -> neighbour(word, QWERTY, random);
            case 3 -> delete(word, random);
            case 4 -> insertDouble(word, random);
            default -> transpose(word, random);
        };
    }

    /** An OCR-only error, as a machine-read document has. */
    static String ocr(String word, SplittableRandom random) {
        return swapPattern(word, OCR, random);
    }

    /** A hurried journalist's error in a romanised name: dropped or doubled letter, vowel swap, transposition. */
    static String hurried(String word, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> delete(word, random);
            case 1 -> insertDouble(word, random);
            case 2 -> swapVowel(word, random);
            default -> transpose(word, random);
        };
    }

    /** A Cyrillic typing error: ЙЦУКЕН neighbour, or е/ё and и/й confused. */
    static String cyrillic(String word, SplittableRandom random) {
        if (random.nextBoolean()) {
            String[][] confusions = {{"ё", "е"}, {"е", "ё"}, {"й", "и"}, {"и", "й"}};
            int start = random.nextInt(confusions.length);
            for (int k = 0; k < confusions.length; k++) {
                String[] pair = confusions[(start + k) % confusions.length];
                int at = word.indexOf(pair[0]);
                if (at >= 0) {
                    return word.substring(0, at) + pair[1] + word.substring(at + 1);
                }
            }
        }
        return neighbour(word, JCUKEN, random);
    }

    private static String swapPattern(String word, List<String[]> pairs, SplittableRandom random) {
        int start = random.nextInt(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            String[] pair = pairs.get((start + k) % pairs.size());
            for (int side = 0; side < 2; side++) {
                String from = pair[side];
                String to = pair[1 - side];
                int at = word.indexOf(from);
                if (at >= 0) {
                    return word.substring(0, at) + to + word.substring(at + from.length());
                }
            }
        }
        return transpose(word, random);
    }

    private static String neighbour(String word, String[] rows, SplittableRandom random) {
        if (word.isEmpty()) {
            return word;
        }
        int at = random.nextInt(word.length());
        char original = word.charAt(at);
        char lower = Character.toLowerCase(original);
        for (String row : rows) {
            int column = row.indexOf(lower);
            if (column >= 0) {
                int next = column == 0 ? 1 : column == row.length() - 1 ? column - 1 : column + (random.nextBoolean() ? 1 : -1);
                char replacement = row.charAt(next);
                if (Character.isUpperCase(original)) {
                    replacement = Character.toUpperCase(replacement);
                }
                return word.substring(0, at) + replacement + word.substring(at + 1);
            }
        }
        return delete(word, random);
    }

    private static String delete(String word, SplittableRandom random) {
        if (word.length() < 3) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 1);
        return word.substring(0, at) + word.substring(at + 1);
    }

    private static String insertDouble(String word, SplittableRandom random) {
        if (word.isEmpty()) {
            return word;
        }
        int at = random.nextInt(word.length());
        return word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
    }

    private static String transpose(String word, SplittableRandom random) {
        if (word.length() < 3) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }

    private static String swapVowel(String word, SplittableRandom random) {
        int start = random.nextInt(Math.max(1, word.length()));
        for (int k = 0; k < word.length(); k++) {
            int at = (start + k) % word.length();
            char c = word.charAt(at);
            int vowel = LATIN_VOWELS.indexOf(Character.toLowerCase(c));
            if (vowel >= 0 && at > 0) {
                char replacement = LATIN_VOWELS.charAt((vowel + 1 + random.nextInt(LATIN_VOWELS.length() - 1)) % LATIN_VOWELS.length());
                return word.substring(0, at) + replacement + word.substring(at + 1);
            }
        }
        return delete(word, random);
    }
}
