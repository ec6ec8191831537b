package org.vigil.extract.internal.russian;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Russian word forms the reader needs: months, number words, and endings turned back to the dictionary form. */
final class RussianWords {

    private RussianWords() {
    }

    /** Month stems: the genitive ("января") and prepositional ("в январе") share them. */
    static final List<String> MONTH_STEMS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр");

    /** The month (1–12) of a genitive or prepositional month word ("декабря", "декабре"), or 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "января", "январе", "январь" -> 1;
            case "февраля", "феврале", "февраль" -> 2;
            case "марта", "марте", "март" -> 3;
            case "апреля", "апреле", "апрель" -> 4;
            case "мая", "мае", "май" -> 5;
            case "июня", "июне", "июнь" -> 6;
            case "июля", "июле", "июль" -> 7;
            case "августа", "августе", "август" -> 8;
            case "сентября", "сентябре", "сентябрь" -> 9;
            case "октября", "октябре", "октябрь" -> 10;
            case "ноября", "ноябре", "ноябрь" -> 11;
            case "декабря", "декабре", "декабрь" -> 12;
            default -> 0;
        };
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("один", 1), Map.entry("одного", 1), Map.entry("одному", 1), Map.entry("одна", 1),
            Map.entry("два", 2), Map.entry("две", 2), Map.entry("двух", 2), Map.entry("двум", 2),
            Map.entry("двое", 2), Map.entry("двоих", 2),
            Map.entry("три", 3), Map.entry("трёх", 3), Map.entry("трех", 3), Map.entry("трём", 3),
            Map.entry("трем", 3), Map.entry("трое", 3), Map.entry("троих", 3),
            Map.entry("четыре", 4), Map.entry("четырёх", 4), Map.entry("четырех", 4), Map.entry("четырём", 4),
            Map.entry("четырем", 4), Map.entry("четверо", 4), Map.entry("четверых", 4),
            Map.entry("пять", 5), Map.entry("пяти", 5), Map.entry("пятеро", 5), Map.entry("пятерых", 5),
            Map.entry("шесть", 6), Map.entry("шести", 6), Map.entry("шестеро", 6), Map.entry("шестерых", 6),
            Map.entry("семь", 7), Map.entry("семи", 7), Map.entry("семеро", 7), Map.entry("семерых", 7),
            Map.entry("восемь", 8), Map.entry("восьми", 8), Map.entry("девять", 9), Map.entry("девяти", 9),
            Map.entry("десять", 10), Map.entry("десяти", 10), Map.entry("одиннадцать", 11),
            Map.entry("одиннадцати", 11), Map.entry("двенадцать", 12), Map.entry("двенадцати", 12),
            Map.entry("тринадцать", 13), Map.entry("тринадцати", 13), Map.entry("четырнадцать", 14),
            Map.entry("четырнадцати", 14), Map.entry("пятнадцать", 15), Map.entry("пятнадцати", 15),
            Map.entry("шестнадцать", 16), Map.entry("шестнадцати", 16), Map.entry("двадцать", 20),
            Map.entry("двадцати", 20), Map.entry("тридцать", 30), Map.entry("тридцати", 30),
            Map.entry("сорок", 40), Map.entry("сорока", 40), Map.entry("пятьдесят", 50), Map.entry("сто", 100),
            Map.entry("сотни", 100), Map.entry("десятки", 10), Map.entry("десятков", 10));

    /** The value of a number word in any common case ("трёх", "четверо"), if it is one. */
    static Optional<Integer> number(String word) {
        return Optional.ofNullable(NUMBERS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Words that start a sentence with a capital but never a name. */
    static final Set<String> NOT_NAMES = new java.util.HashSet<>(List.of("в", "во", "на", "по", "с", "со", "к", "о", "об", "у", "из", "за",
            "от", "до", "для", "при", "после", "перед", "над", "под", "среди", "как", "когда", "хотя", "однако",
            "также", "кроме", "он", "она", "они", "его", "её", "их", "им", "ей", "этот", "эта", "это", "эти", "тот",
            "та", "те", "все", "всего", "суд", "полиция", "власти", "правительство", "президент", "министр",
            "адвокат", "адвокаты", "журналист", "генеральный", "верховный", "апелляционный", "и", "а", "но", "не",
            "ни", "было", "был", "была", "были", "уже", "ещё", "еще", "лишь", "только", "затем", "позже", "позднее",
            "тогда", "там", "здесь", "который", "которая", "которые", "по-прежнему", "итоги", "дело", "нарушения",
            "записка", "обзор", "новости", "сообщение", "источник", "бюро", "мониторинг", "приговор", "смертная",
            "казнь", "аресты", "пытки", "свобода", "задержания", "дела", "процесс", "число", "около", "более",
            "менее", "не", "согласно", "несмотря", "вместе", "против", "через", "между", "ряд", "многие", "несколько",
            "один", "одна", "двое", "трое", "четверо", "каждый", "никто", "ни", "сам", "сама", "ранее", "вскоре",
            "журналистка", "активист", "активистка", "правозащитник", "правозащитница", "блогер", "студент", "студентка", "бывший", "бывшая", "лидер", "глава", "председатель", "депутат", "поэт", "писатель", "узник", "узница", "командующий", "генерал", "полковник", "шейх", "имам", "ооН", "год", "года", "году", "месяц", "день", "ночью", "утром", "вечером", "аль", "эль"));

    /**
     * The nominative of a noun phrase read after a preposition that governs the prepositional or accusative
     * case ("в разжигании межобщинной розни" → "разжигание межобщинной розни"): only the head word and the
     * adjectives before it change; the genitive tail stays as written.
     */
    static String nominativePhrase(String phrase) {
        String[] words = phrase.split(" ");
        StringBuilder out = new StringBuilder();
        boolean head = false;
        for (String w : words) {
            String lemma = w;
            if (!head) {
                if (isAdjective(w)) {
                    lemma = adjective(w);
                } else {
                    lemma = noun(w);
                    head = true;
                }
            }
            out.append(out.length() == 0 ? "" : " ").append(lemma);
        }
        return out.toString();
    }

    private static boolean isAdjective(String w) {
        return w.length() > 4 && (w.endsWith("ом") || w.endsWith("ой") || w.endsWith("ую") || w.endsWith("ем")
                || w.endsWith("ей") || w.endsWith("ое") || w.endsWith("ая") || w.endsWith("ый") || w.endsWith("ий"));
    }

    private static String adjective(String w) {
        String stem = w.substring(0, w.length() - 2);
        if (w.endsWith("ом")) {
            return stem + "ое";
        }
        if (w.endsWith("ой") || w.endsWith("ую")) {
            return stem + "ая";
        }
        if (w.endsWith("ем")) {
            return stem + "ее";
        }
        if (w.endsWith("ей")) {
            return stem + "яя";
        }
        return w;
    }

    /** An adjective before a head noun, in the nominative of the head's gender ("уголовного" before "суд"). */
    static String adjectiveNominative(String w, String head) {
        String stem = w.substring(0, w.length() - (w.endsWith("ого") || w.endsWith("его") ? 3 : 2));
        boolean soft = w.endsWith("его") || w.endsWith("ей") || w.endsWith("ее") || w.endsWith("ий")
                || stem.endsWith("к") || stem.endsWith("г") || stem.endsWith("х") || stem.endsWith("ж")
                || stem.endsWith("ш") || stem.endsWith("ч") || stem.endsWith("щ");
        if (head.endsWith("а") || head.endsWith("я")) {
            return stem + (w.endsWith("ей") || w.endsWith("ее") ? "яя" : "ая");
        }
        if (head.endsWith("о") || head.endsWith("е")) {
            return stem + (w.endsWith("его") || w.endsWith("ее") ? "ее" : "ое");
        }
        if (w.endsWith("ой") && !soft) {
            return stem + "ой";
        }
        return stem + (soft ? "ий" : "ый");
    }

    /** A noun from the prepositional or accusative case back to the nominative, by its ending. */
    static String noun(String w) {
        if (w.length() < 4) {
            return w;
        }
        String[][] endings = {{"стве", "ство"}, {"нии", "ние"}, {"тии", "тие"}, {"ии", "ия"}, {"ью", "ь"},
                {"ку", "ка"}, {"ду", "да"}, {"ту", "та"}, {"ну", "на"}, {"ру", "ра"}, {"бу", "ба"}, {"ву", "ва"},
                {"зу", "за"}, {"су", "са"}, {"жу", "жа"}, {"лю", "ля"}, {"ке", "ка"}, {"те", "та"}, {"де", "да"}, {"же", "жа"},
                {"бе", "ба"}, {"ве", "ва"}, {"зе", "за"}, {"не", "на"}};
        for (String[] e : endings) {
            if (w.endsWith(e[0])) {
                return w.substring(0, w.length() - e[0].length()) + e[1];
            }
        }
        if (w.endsWith("е") && "аеёиоуыэюя".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A place name from the prepositional or genitive case ("в Тегеране", "Урмии") back to the nominative. */
    static String placeName(String w) {
        if (w.endsWith("ии")) {
            return w.substring(0, w.length() - 2) + "ия";
        }
        if (w.endsWith("ы") && w.length() > 4) {
            return w.substring(0, w.length() - 1) + "а";
        }
        if (w.endsWith("е") && w.length() > 4 && "аеёиоуыэюя".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** True for a word written in Cyrillic letters. */
    static boolean cyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** True when most letters of the text are Cyrillic: the report is read by the Russian rules. */
    static boolean mostlyCyrillic(String text) {
        int cyrillic = 0;
        int letters = 0;
        int limit = Math.min(text.length(), 4_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            // a range test per character: this runs on every report, English ones included
            if (c >= '\u0400' && c <= '\u04FF') {
                letters++;
                cyrillic++;
            } else if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 0 && cyrillic * 2 > letters;
    }
}
