package org.vigil.link.heldout;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Cyrillic (Russian and Kazakh letters) to Latin, three ways: ICAO 9303 machine-readable travel documents,
 * BGN/PCGN 1947 for Russian, and the loose spellings of English-language news. Written from the published
 * tables (ICAO Doc 9303, 7th ed., part 3; BGN/PCGN Romanization of Russian, 1947), not from any other code.
 */
final class Romanisation {

    private Romanisation() {
    }

    /** ICAO 9303 part 3 for Russian letters; Ъ is IE there, Ь has no Latin letter. */
    private static final Map<Character, String> ICAO = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"));

    /** Kazakh letters outside the Russian alphabet, as Kazakhstan's own documents write them. */
    private static final Map<Character, String> KAZAKH_PLAIN = Map.of(
            'ә', "a", 'ғ', "g", 'қ', "k", 'ң', "n", 'ө', "o", 'ұ', "u", 'ү', "u", 'һ', "h", 'і', "i");

    private static final String VOWELS = "аеёиоуыэюяәөұүі";

    /** ICAO 9303 upper case; {@code older} follows the earlier practice (Й Y, Ю YU, Я YA, Ъ dropped). */
    static String icao(String cyrillic, boolean older) {
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = ICAO.get(c);
            if (latin == null) {
                latin = KAZAKH_PLAIN.getOrDefault(c, String.valueOf(c));
            } else if (older) {
                latin = switch (c) {
                    case 'й' -> "y";
                    case 'ю' -> "yu";
                    case 'я' -> "ya";
                    case 'ъ' -> "";
                    default -> latin;
                };
            }
            out.append(latin);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * BGN/PCGN 1947: Е and Ё become YE and YË at the start of a word and after a vowel, Й, Ъ or Ь. Court clerks
     * drop the diaeresis when {@code foldDiaeresis}, and write Ь as an apostrophe only when {@code softSignApostrophe}.
     */
    static String bgn(String cyrillic, boolean foldDiaeresis, boolean softSignApostrophe) {
        String lower = cyrillic.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char previous = i == 0 ? ' ' : lower.charAt(i - 1);
            boolean iotated = !Character.isLetter(previous) || VOWELS.indexOf(previous) >= 0 || "йъь".indexOf(previous) >= 0;
            String e = foldDiaeresis ? "e" : "ë";
            String latin = switch (c) {
                case 'е' -> iotated ? "ye" : "e";
                case 'ё' -> iotated ? "y" + e : e;
                case 'й', 'ы' -> "y";
                case 'ю' -> "yu";
                case 'я' -> "ya";
                case 'ь' -> softSignApostrophe ? "'" : "";
                case 'ъ' -> "";
                default -> ICAO.containsKey(c) ? ICAO.get(c) : KAZAKH_PLAIN.getOrDefault(c, String.valueOf(c));
            };
            out.append(latin);
        }
        return capitalise(out.toString());
    }

    /** The choices one news outlet makes for one article; drawn once per record so a name is spelled consistently. */
    record NewsSpelling(String kh, String shortI, String yery, boolean yeAtStart, String yo, String zh, String ts,
                        String shch, String yu, String ya, String finalIy, String ie, String schwa, String qa,
                        String gha, String ng) {

        /** One outlet's habits. */
        static NewsSpelling draw(SplittableRandom random) {
            return new NewsSpelling(
                    random.nextDouble() < 0.7 ? "h" : "kh",
                    random.nextBoolean() ? "y" : "i",
                    random.nextBoolean() ? "y" : "i",
                    random.nextDouble() < 0.3,
                    random.nextBoolean() ? "yo" : "e",
                    random.nextDouble() < 0.75 ? "zh" : "j",
                    random.nextDouble() < 0.8 ? "ts" : "c",
                    random.nextBoolean() ? "shch" : "sch",
                    random.nextDouble() < 0.8 ? "yu" : "iu",
                    random.nextDouble() < 0.8 ? "ya" : "ia",
                    new String[] {"iy", "y", "i"}[random.nextInt(3)],
                    random.nextBoolean() ? "ie" : "iye",
                    random.nextBoolean() ? "a" : "ae",
                    random.nextDouble() < 0.8 ? "k" : "q",
                    random.nextBoolean() ? "g" : "gh",
                    random.nextBoolean() ? "n" : "ng");
        }
    }

    /** Loose English-language spelling with the given habits; soft and hard signs are dropped. */
    static String news(String cyrillic, NewsSpelling spelling) {
        String lower = cyrillic.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char previous = i == 0 ? ' ' : lower.charAt(i - 1);
            char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
            char afterNext = i + 2 < lower.length() ? lower.charAt(i + 2) : ' ';
            if (c == 'и' && next == 'й' && !Character.isLetter(afterNext)) {
                out.append(spelling.finalIy());
                i++;
                continue;
            }
            if (c == 'и' && next == 'е') {
                out.append(spelling.ie());
                i++;
                continue;
            }
            String latin = switch (c) {
                case 'х' -> spelling.kh();
                case 'й' -> spelling.shortI();
                case 'ы' -> spelling.yery();
                case 'е' -> !Character.isLetter(previous) && spelling.yeAtStart() ? "ye" : "e";
                case 'ё' -> spelling.yo();
                case 'ж' -> spelling.zh();
                case 'ц' -> spelling.ts();
                case 'щ' -> spelling.shch();
                case 'ю' -> spelling.yu();
                case 'я' -> spelling.ya();
                case 'ь', 'ъ' -> "";
                case 'ә' -> spelling.schwa();
                case 'қ' -> spelling.qa();
                case 'ғ' -> spelling.gha();
                case 'ң' -> spelling.ng();
                default -> ICAO.containsKey(c) ? ICAO.get(c) : KAZAKH_PLAIN.getOrDefault(c, String.valueOf(c));
            };
            out.append(latin);
        }
        return capitalise(out.toString());
    }

    /** Upper-cases the first letter of every word (words split at spaces and hyphens). */
    static String capitalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
