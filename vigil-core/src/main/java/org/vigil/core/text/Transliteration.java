package org.vigil.core.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a name or place from any script in lower-case ASCII Latin, the first step of every comparison of
 * names in Vigil (search and linkage alike), choosing the table by language:
 * <ul>
 *   <li>Cyrillic with a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і): ICU's {@code Kazakh-Latin/BGN};</li>
 *   <li>other Cyrillic: {@code Russian-Latin/BGN} (Kazakh BGN would write Russian е as e where Russian
 *       BGN writes ye, and the name skeleton would still meet, but the readable form would not);</li>
 *   <li>Latin with diacritics: the Kazakh 2021 and Turkic letters as digraphs (ş sh, ç ch, ğ gh, ñ ng,
 *       ı y), then {@code Latin-ASCII};</li>
 *   <li>anything else: {@code Any-Latin; Latin-ASCII}.</li>
 * </ul>
 * Transliterators are documented by ICU as stateless and shareable between threads without locking.
 * Results are cached per distinct input (ICU takes tens of microseconds per string); the cache is bounded
 * because generated data with typos has many distinct tokens.
 */
public final class Transliteration {

    private static final int CACHE_LIMIT = 1_000_000;
    private static final Transliterator KAZAKH = Transliterator.getInstance("Kazakh-Latin/BGN; Latin-ASCII");
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator TURKIC_LATIN = Transliterator.createFromRules("VigilTurkicLatin",
            "ş > sh; Ş > Sh; ç > ch; Ç > Ch; ğ > gh; Ğ > Gh; ñ > ng; Ñ > Ng; ı > y; ::Latin-ASCII;",
            Transliterator.FORWARD);
    private static final Transliterator OTHER = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /**
     * The text in lower-case ASCII: letters and digits, words separated by single spaces. Spaces, hyphens,
     * commas, slashes and full stops separate words; apostrophes (soft signs, O'Brien) and other marks are
     * dropped without a break.
     */
    public static String toAscii(String text) {
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String result = lettersDigitsAndSpaces(latin(text));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, result);
        }
        return result;
    }

    /** True for the letters that only the Kazakh Cyrillic alphabet has (given in lower case). */
    public static boolean isKazakhLetter(char lower) {
        return "әғқңөұүһі".indexOf(lower) >= 0;
    }

    private static String latin(String text) {
        if (isPlainAscii(text)) {
            return text;
        }
        String nfc = NFC.normalize(text);
        boolean cyrillic = false;
        boolean kazakh = false;
        boolean other = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic = true;
                kazakh |= isKazakhLetter((char) Character.toLowerCase(cp));
            } else if (script != Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                other = true;
            }
        }
        Transliterator table = other ? OTHER : kazakh ? KAZAKH : cyrillic ? RUSSIAN : TURKIC_LATIN;
        return table.transliterate(nfc);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String lettersDigitsAndSpaces(String latin) {
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
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
