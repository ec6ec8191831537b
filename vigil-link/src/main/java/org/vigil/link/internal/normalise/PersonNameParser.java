package org.vigil.link.internal.normalise;

import org.vigil.core.text.NameSkeleton;
import org.vigil.core.text.Transliteration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a written name ("Тулетаева Роза Ивановна", "Roza Tuletayeva", "R. Tuletaeva, born 1975",
 * "Mr Serik Nurlan uly Abenov") into words, initials and patronymic; drops titles and birth notes.
 */
public final class PersonNameParser {

    /** Honorifics and words that say nothing about who the person is. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mister", "dr", "prof", "sir", "madam", "mme", "m", "herr", "frau",
            "gospodin", "gospozha", "grazhdanin", "grazhdanka", "g-n", "g-zha", "gn", "gzha", "tov",
            "tovarishch", "azamat", "azamatsha", "hanym", "khanym", "myrza", "mirza", "the", "late");

    /** Words after which the rest is a birth note, not part of the name. */
    private static final Set<String> BIRTH_WORDS = Set.of(
            "born", "b", "dob", "rod", "tugan", "aged", "age", "vozrast", "nee");

    /** Kazakh patronymic markers written as separate words ("Nurlan uly"). */
    private static final Set<String> PATRONYMIC_WORDS = Set.of("uly", "uli", "ulu", "kyzy", "qyzy", "kizi", "kyzi");

    private static final String[] PATRONYMIC_SUFFIXES = {
            "ovich", "evich", "ievich", "ovna", "evna", "ievna", "ichna", "inichna", "ich",
            "uly", "uli", "kyzy", "qyzy", "kizi", "kyzi"};

    private PersonNameParser() {
    }

    /** Parses one name as written by a source. */
    public static ParsedName parse(String written) {
        List<String> rawWords = splitWords(written);
        List<String> words = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        String patronymic = "";
        for (int i = 0; i < rawWords.size(); i++) {
            String raw = rawWords.get(i);
            boolean abbreviated = raw.endsWith(".");
            String ascii = Transliteration.toAscii(raw);
            if (ascii.isEmpty()) {
                continue;
            }
            if (allDigits(ascii)
                    || BIRTH_WORDS.contains(ascii) && (ascii.length() > 1 || nextHasDigit(rawWords, i))) {
                break;
            }
            if (TITLES.contains(ascii) && rawWords.size() > 2) {
                continue;
            }
            if (ascii.length() == 1 || abbreviated && ascii.length() <= 3) {
                initials.add(ascii);
                continue;
            }
            if (PATRONYMIC_WORDS.contains(ascii) && !words.isEmpty()) {
                // "Nurlan uly": the word before is the father's name
                String father = words.remove(words.size() - 1);
                patronymic = NameSkeleton.ofAsciiWord(father);
                continue;
            }
            String root = patronymicRoot(ascii);
            if (!root.isEmpty() && patronymic.isEmpty()) {
                patronymic = NameSkeleton.ofAsciiWord(root);
                continue;
            }
            words.add(ascii);
        }
        List<String> keys = new ArrayList<>(words.size());
        for (String w : words) {
            keys.add(NameSkeleton.ofAsciiWord(w));
        }
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        return new ParsedName(words, keys, initials, patronymic, String.join(" ", sorted));
    }

    /** The father's name inside a patronymic ("ivanovich" gives "ivan"), or empty when the word is none. */
    static String patronymicRoot(String ascii) {
        for (String suffix : PATRONYMIC_SUFFIXES) {
            if (ascii.length() >= suffix.length() + 3 && ascii.endsWith(suffix)) {
                String root = ascii.substring(0, ascii.length() - suffix.length());
                if (suffix.equals("ich") && !(root.endsWith("il") || root.endsWith("kuzm") || root.endsWith("fom")
                        || root.endsWith("luk") || root.endsWith("sav"))) {
                    // only a handful of Russian patronymics end in bare -ich (Ilyich, Kuzmich, Fomich, Lukich, Savvich)
                    return "";
                }
                if (suffix.equals("inichna")) {
                    root = root + "a";
                }
                return root;
            }
        }
        return "";
    }

    private static boolean nextHasDigit(List<String> rawWords, int i) {
        if (i + 1 >= rawWords.size()) {
            return false;
        }
        String next = rawWords.get(i + 1);
        for (int k = 0; k < next.length(); k++) {
            if (Character.isDigit(next.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitWords(String written) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String text = written.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '"'
                    || c == '/' || c == '-' || c == '\u00ab' || c == '\u00bb') {
                flush(cur, out);
            } else if (c == '.') {
                cur.append('.');
                flush(cur, out);
            } else {
                cur.append(c);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
            cur.setLength(0);
        }
    }
}
