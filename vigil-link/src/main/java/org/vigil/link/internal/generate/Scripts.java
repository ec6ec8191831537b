package org.vigil.link.internal.generate;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spelling systems sources use for Kazakh and Russian names, so that generated records spell
 * one person as real sources do: Cyrillic (Kazakh or Russianised), BGN/PCGN (via ICU), the ICAO
 * Doc 9303 passport table (Russian passports since 2013), ISO 9 without diacritics (ICU Any-Latin),
 * and the Kazakh Latin alphabet of 2021.
 */
public enum Scripts {
    /** Cyrillic as written in Kazakh (ә ғ қ ң ө ұ ү һ і kept). */
    KAZAKH_CYRILLIC,
    /** Cyrillic with the Kazakh letters replaced, as Russian-language sources write Kazakh names. */
    RUSSIAN_CYRILLIC,
    /** BGN/PCGN romanisation (Tuletayeva, Zhanaozen). */
    BGN,
    /** ICAO passport table (Iuliia, Tuletaeva). */
    ICAO,
    /** ISO 9 / scholarly without diacritics, which loses the h of zh (Zanaozen). */
    SCHOLARLY,
    /** Kazakh Latin alphabet 2021 (Jañaözen, Tūrsynov). */
    KAZAKH_LATIN_2021;

    private static final Map<Character, String> ICAO_TABLE = table(
            "а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh "
            + "ц ts ч ch ш sh щ shch ъ ie ы y ь _ э e ю iu я ia ә a ғ g қ k ң n ө o ұ u ү u һ h і i");
    private static final Map<Character, String> KZ2021_TABLE = table(
            "а a ә ä б b в v г g ғ ğ д d е e ё io ж j з z и i й i к k қ q л l м m н n ң ñ о o ө ö п p р r с s "
            + "т t у u ұ ū ү ü ф f х h һ h ц ts ч ch ш ş щ şş ъ _ ы y і ı ь _ э e ю iu я ia");
    private static final Map<String, Transliterator> ICU = new ConcurrentHashMap<>();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /** The word written in this system; {@code kazakh} is the Kazakh spelling of the word. */
    public String write(String kazakh) {
        String key = name() + '\u001f' + kazakh;
        String cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        String out;
        switch (this) {
            case KAZAKH_CYRILLIC:
                out = kazakh;
                break;
            case RUSSIAN_CYRILLIC:
                out = russianise(kazakh);
                break;
            case BGN:
                out = icu(hasKazakhLetters(kazakh) ? "Kazakh-Latin/BGN; Latin-ASCII" : "Russian-Latin/BGN; Latin-ASCII",
                        kazakh).replace("'", "").replace("\u00b7", "");
                break;
            case ICAO:
                out = byTable(ICAO_TABLE, kazakh);
                break;
            case SCHOLARLY:
                out = icu("Any-Latin; Latin-ASCII", russianise(kazakh)).replace("'", "").replace("\u02cc", "");
                break;
            case KAZAKH_LATIN_2021:
                out = byTable(KZ2021_TABLE, kazakh);
                break;
            default:
                throw new IllegalStateException("unknown script " + this);
        }
        CACHE.put(key, out);
        return out;
    }

    /** Replaces the Kazakh letters by the Russian ones sources use instead (қ → к, ұ → у, і → и …). */
    public static String russianise(String kazakh) {
        StringBuilder s = new StringBuilder(kazakh.length());
        for (char c : kazakh.toCharArray()) {
            boolean upper = Character.isUpperCase(c);
            char lower = Character.toLowerCase(c);
            int k = "әғқңөұүһі".indexOf(lower);
            char r = k < 0 ? lower : "агкноуухи".charAt(k);
            s.append(upper ? Character.toUpperCase(r) : r);
        }
        return s.toString();
    }

    private static boolean hasKazakhLetters(String text) {
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ("әғқңөұүһі".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String icu(String id, String text) {
        Transliterator t = ICU.computeIfAbsent(id, Transliterator::getInstance);
        synchronized (t) {
            return t.transliterate(text);
        }
    }

    private static String byTable(Map<Character, String> table, String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = Character.isUpperCase(c);
            String r = table.get(Character.toLowerCase(c));
            if (r == null) {
                s.append(c);
            } else if (!r.equals("_")) {
                s.append(upper && !r.isEmpty() ? Character.toUpperCase(r.charAt(0)) + r.substring(1) : r);
            }
        }
        return s.toString();
    }

    private static Map<Character, String> table(String pairs) {
        String[] p = pairs.split(" ");
        Map<Character, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < p.length; i += 2) {
            m.put(p[i].charAt(0), p[i + 1]);
        }
        return Map.copyOf(m);
    }
}
