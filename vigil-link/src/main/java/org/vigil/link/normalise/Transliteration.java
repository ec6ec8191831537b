package org.vigil.link.normalise;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a name or place written in any script into lower-case ASCII Latin letters, choosing the
 * transliteration by language: Kazakh letters (ә ғ қ ң ө ұ ү һ і) select ICU's {@code Kazakh-Latin/BGN},
 * other Cyrillic {@code Russian-Latin/BGN}; then {@code Latin-ASCII} drops diacritics.
 *
 * <p>ICU takes tens of microseconds per string, so results are cached per distinct input; the cache
 * is bounded because generated data with typos has many distinct tokens.
 */
public final class Transliteration {

    private static final int CACHE_LIMIT = 2_000_000;
    private static final Transliterator KAZAKH = Transliterator.getInstance("Kazakh-Latin/BGN; Latin-ASCII");
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator OTHER = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /** Lower-case ASCII spelling of the text; letters, digits and single spaces only. */
    public static String toAscii(String text) {
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String result = keepLettersAndDigits(latin(text));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, result);
        }
        return result;
    }

    private static String latin(String text) {
        if (isPlainAscii(text)) {
            return text;
        }
        String nfc = NFC.normalize(text);
        boolean cyrillic = false;
        boolean kazakh = false;
        boolean other = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c < 0x80) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic = true;
                kazakh |= isKazakhLetter(Character.toLowerCase(c));
            } else if (script != Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                other = true;
            }
        }
        // ICU transliterators are not thread-safe for concurrent use of one instance.
        Transliterator t = other ? OTHER : kazakh ? KAZAKH : cyrillic ? RUSSIAN : OTHER;
        synchronized (t) {
            return t.transliterate(nfc);
        }
    }

    /** True for the letters that only the Kazakh Cyrillic alphabet has. */
    public static boolean isKazakhLetter(char lower) {
        return "әғқңөұүһі".indexOf(lower) >= 0;
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String keepLettersAndDigits(String latin) {
        StringBuilder s = new StringBuilder(latin.length());
        boolean space = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                if (space && s.length() > 0) {
                    s.append(' ');
                }
                space = false;
                s.append(c);
            } else if (Character.isWhitespace(c) || c == '-' || c == ',' || c == '/' || c == '.') {
                space = true;
            }
            // apostrophes (soft signs, O'Brien) and other marks are dropped without a break
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
