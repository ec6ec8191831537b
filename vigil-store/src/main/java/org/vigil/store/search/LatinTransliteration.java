package org.vigil.store.search;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * Turns one word of any script into lower-case ASCII letters and digits, the first half of a name skeleton.
 *
 * <p>Cyrillic goes through ICU's {@code Kazakh-Latin/BGN}: it covers the whole Russian alphabet as well as
 * the Kazakh letters (ә ғ қ ң ө ұ ү һ і) that {@code Russian-Latin/BGN} leaves untouched, and keeps the
 * {@code zh}/{@code kh} digraphs that {@code Any-Latin} reduces to one letter. The spelling differences that
 * remain between the two BGN tables (Yevgeniy/Evgenii) are folded away afterwards by
 * {@link SpellingVariantFolding}. Latin with diacritics uses a few rules for the Kazakh and Turkic Latin
 * alphabets before {@code Latin-ASCII}; any other script uses {@code Any-Latin}.
 */
final class LatinTransliteration {

    // ICU documents transliterators as stateless, so one shared instance of each serves every thread.
    private static final Transliterator CYRILLIC = Transliterator.getInstance("Kazakh-Latin/BGN; Latin-ASCII");
    private static final Transliterator TURKIC_LATIN = Transliterator.createFromRules("VigilTurkicLatin",
            "ş > sh; Ş > Sh; ç > ch; Ç > Ch; ğ > gh; Ğ > Gh; ñ > ng; Ñ > Ng; ı > y; ::Latin-ASCII;",
            Transliterator.FORWARD);
    private static final Transliterator OTHER_SCRIPTS = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private LatinTransliteration() {
    }

    /** The word in lower-case ASCII letters and digits only; empty when nothing of it can be written so. */
    static String toLowerAscii(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String ascii;
        switch (dominantScript(lower)) {
            case ASCII:
                ascii = lower;
                break;
            case CYRILLIC:
                ascii = CYRILLIC.transliterate(lower);
                break;
            case LATIN:
                ascii = TURKIC_LATIN.transliterate(lower);
                break;
            default:
                ascii = OTHER_SCRIPTS.transliterate(lower);
                break;
        }
        return lettersAndDigits(ascii.toLowerCase(Locale.ROOT));
    }

    private enum Script { ASCII, CYRILLIC, LATIN, OTHER }

    private static Script dominantScript(String word) {
        boolean nonAscii = false;
        boolean other = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                continue;
            }
            nonAscii = true;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.CYRILLIC) {
                return Script.CYRILLIC;
            }
            other |= script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED;
        }
        return !nonAscii ? Script.ASCII : other ? Script.OTHER : Script.LATIN;
    }

    private static String lettersAndDigits(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
