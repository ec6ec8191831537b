package org.vigil.extract.internal.russian;

import org.vigil.core.count.Count;
import org.vigil.core.count.CountQualifier;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Term;
import org.vigil.core.model.TextSpan;
import org.vigil.core.time.DatePart;
import org.vigil.core.time.PartialDate;
import org.vigil.extract.facts.CategoryFact;
import org.vigil.extract.facts.ChargeFact;
import org.vigil.extract.facts.CountFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.PlaceFact;
import org.vigil.extract.facts.SentenceFact;
import org.vigil.extract.internal.layout.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Russian-language report into the same facts as the English rules: names in Cyrillic as written
 * (persons in the nominative where the text gives it), dates ("16 декабря 2011 года", "в конце января"),
 * counts ("не менее 15 человек"), sentences ("приговорён к 7 годам лишения свободы"), charges ("по обвинению
 * в …", "по статье 164 УК"), organisations by their head noun, places and violation categories.
 */
public final class RussianReader {

    private static final String CAP = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}-])(?:(?:аль|эль|ибн|бин|ад|ас|ат)-)?" + CAP
            + "(?:\\s+(?:(?:аль|эль|ибн|бин|ад|ас|ат)-|ибн\\s+|бин\\s+)?" + CAP + "){1,3}(?![\\p{L}-])");
    private static final Pattern DAY_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?\\s+"
            + "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
            + "(?:\\s+(\\d{4})\\s*(?:года|г\\.)?)?");
    private static final Pattern MONTH_DATE = Pattern.compile("(?:(?:в|во|В|Во)\\s+(?:(начале|середине|конце)\\s+)?"
            + "|(?:(?:к|К|с|С|до|До|с)\\s+))"
            + "(январ[ьея]|феврал[ьея]|марта?е?|апрел[ьея]|ма[йея]|июн[ьея]|июл[ьея]|августа?е?|сентябр[ьея]"
            + "|октябр[ьея]|ноябр[ьея]|декабр[ьея])(?:\\s+(\\d{4})\\s*(?:года|г\\.)?)?(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?:(?:в|В|с|С|к|К|до)\\s+)(\\d{4})\\s+(?:году|года|г\\.)");
    private static final Pattern COUNT = Pattern.compile("(?:(не менее|не меньше|по меньшей мере|как минимум|более"
            + "|больше|свыше|около|примерно|почти|порядка|до)\\s+)?(\\d{1,3}(?:[\\s\u00a0]\\d{3})+|\\d+)(?![\\d.,]\\d)"
            + "\\s+([а-яё][а-яё-]*(?:[\\s,]+[а-яё][а-яё-]*){0,3})");
    private static final Pattern WORD_COUNT = Pattern.compile("(?<![\\p{L}])(?:(не менее|более|около|свыше)\\s+)?"
            + "([а-яё]+)\\s+([а-яё][а-яё-]*(?:\\s+[а-яё][а-яё-]*){0,3})");
    private static final Pattern PENALTY = Pattern.compile("(?:к|К)\\s+(?:(?:срокам?\\s+)?от\\s+(\\S+)\\s+до\\s+"
            + "(\\S+)\\s+(?:лет|годам|годов)|(\\S+)\\s+(годам|году|лет|месяцам|месяцу|дням|суткам)"
            + "(?:\\s+и\\s+(\\S+)\\s+месяцам)?|(пожизненному)|(смертной казни))");
    private static final Pattern FINE = Pattern.compile("штраф[а-яё]*\\s*(?:в размере\\s+)?([^,.;)]{0,60})");
    private static final Pattern CHARGE = Pattern.compile("(?:по обвинени(?:ю|ям)(?:,\\s*включавшим,?)?\\s+(?:в\\s+)?"
            + "|обвин(?:ён|ен|ена|ены|ялся|ялась|ялись|или|ил|яют|яемый|яемых)\\s+(?:[^\\s,]+\\s+){0,3}?в\\s+"
            + "|виновн(?:ым|ой|ыми)\\s+в\\s+|обвинени[ея]\\s+(?:[^.;,]{0,40}?\\s)?в\\s+|за\\s+(?=(?:оскорблени|убийств|пропаганд|разжигани|шпионаж|измен|"
            + "подстрекательств|участи|членств|хранени|распространени|создани|организаци))"
            + "|по статье\\s+(?=\\d))");
    private static final Pattern ORG_HEAD = Pattern.compile("(?<![\\p{L}])((?:(?:[А-ЯЁ][а-яё]+|[а-яё]+(?:ый|ий|ой|ая"
            + "|ое|ого|ых|ую|ым|ом|ей|ее))\\s+){1,3})"
            + "(суд[аеуом]*|министерств[оаеу]|управлени[еяю]|комитет[аеу]?|комисси[яиею]|парти[яиею]"
            + "|ассоциаци[яиею]|организаци[яиею]|служб[аыеу]|прокуратур[аыеу]|фронт[аеу]?|движени[еяю]"
            + "|союз[аеу]?|совет[аеу]?|тюрьм[аыеу]|агентств[оаеу]|групп[аыеу]|отряд[аеу]?"
            + "|трибунал[аеу]?|полици[яиею]|арми[яиею])(?![\\p{L}])((?:\\s+(?:[а-яё]+(?:их|ых|ого|его|ов|ев)"
            + "|дел|прав|безопасности|юстиции|обороны|человека))*)");
    private static final String[][] HEADS = {{"суд", "суд"}, {"министерств", "министерство"},
            {"управлени", "управление"}, {"комитет", "комитет"}, {"комисси", "комиссия"}, {"парти", "партия"},
            {"ассоциаци", "ассоциация"}, {"организаци", "организация"}, {"служб", "служба"},
            {"прокуратур", "прокуратура"}, {"фронт", "фронт"}, {"движени", "движение"}, {"союз", "союз"},
            {"совет", "совет"}, {"тюрьм", "тюрьма"}, {"агентств", "агентство"}, {"групп", "группа"},
            {"отряд", "отряд"}, {"трибунал", "трибунал"}, {"полици", "полиция"}, {"арми", "армия"}};
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-ZА-ЯЁ]{2,8})\\)");
    private static final Pattern QUOTED = Pattern.compile("«([^»]{2,60})»");
    private static final Pattern PLACE_CUE = Pattern.compile("(?:^|[\\s(])(?:в|во|из|под|около|близ|возле|город[аеу]?"
            + "|столиц[аеуы]|штат[аеу]?|провинци[июя]|район[аеу]?|деревн[еиюя]|посёлк[аеу]|поселк[аеу])\\s+$");
    private static final String[][] COUNTRIES = {{"Египет", "Египт"}, {"Иран", "Иран"}, {"Нигерия", "Нигери"},
            {"Гамбия", "Гамби"}, {"Сенегал", "Сенегал"}, {"США", "США"}, {"Шри-Ланка", "Шри-Ланк"},
            {"Саудовская Аравия", "Саудовск"}, {"Мексика", "Мексик"}, {"Колумбия", "Колумби"}, {"Куба", "Куб"},
            {"Зимбабве", "Зимбабве"}, {"Филиппины", "Филиппин"}, {"Испания", "Испани"},
            {"Великобритания", "Великобритани"}, {"Китай", "Кита"}, {"Индия", "Инди"}, {"Пакистан", "Пакистан"},
            {"Ирак", "Ирак"}, {"Сирия", "Сири"}, {"Ливия", "Ливи"}, {"Тунис", "Тунис"}, {"Израиль", "Израил"},
            {"Турция", "Турци"}, {"Бахрейн", "Бахрейн"}, {"Йемен", "Йемен"}, {"Судан", "Судан"},
            {"Кения", "Кени"}, {"Уганда", "Уганд"}, {"Эфиопия", "Эфиопи"}, {"Гана", "Ган"}, {"Бразилия", "Бразили"},
            {"Венесуэла", "Венесуэл"}, {"Перу", "Перу"}, {"Чили", "Чили"}, {"Аргентина", "Аргентин"},
            {"Франция", "Франци"}, {"Германия", "Германи"}, {"Италия", "Итали"}, {"Греция", "Греци"},
            {"Индонезия", "Индонези"}, {"Мьянма", "Мьянм"}, {"Таиланд", "Таиланд"}, {"Вьетнам", "Вьетнам"},
            {"Камбоджа", "Камбодж"}, {"Непал", "Непал"}, {"Бангладеш", "Бангладеш"}, {"Афганистан", "Афганистан"},
            {"Марокко", "Марокко"}, {"Алжир", "Алжир"}, {"Ливан", "Ливан"}, {"Иордания", "Иордани"},
            {"Катар", "Катар"}, {"Кувейт", "Кувейт"}, {"Оман", "Оман"}, {"Гватемала", "Гватемал"},
            {"Гондурас", "Гондурас"}, {"Никарагуа", "Никарагуа"}, {"Сальвадор", "Сальвадор"}, {"Гаити", "Гаити"},
            {"Ямайка", "Ямайк"}, {"Канада", "Канад"}, {"Австралия", "Австрали"}, {"Япония", "Япони"},
            {"Корея", "Коре"}, {"Малайзия", "Малайзи"}, {"Сингапур", "Сингапур"}, {"Камерун", "Камерун"},
            {"Чад", "Чад"}, {"Мали", "Мали"}, {"Нигер", "Нигер"}, {"Сомали", "Сомали"}, {"Эритрея", "Эритре"},
            {"Руанда", "Руанд"}, {"Бурунди", "Бурунди"}, {"Ангола", "Ангол"}, {"Замбия", "Замби"},
            {"Малави", "Малави"}, {"Мозамбик", "Мозамбик"}, {"Намибия", "Намиби"}, {"Ботсвана", "Ботсван"},
            {"Свазиленд", "Свазиленд"}, {"Лесото", "Лесото"}, {"Мадагаскар", "Мадагаскар"}, {"Гвинея", "Гвине"},
            {"Либерия", "Либери"}, {"Того", "Того"}, {"Бенин", "Бенин"}, {"Ирландия", "Ирланди"},
            {"Португалия", "Португали"}, {"Нидерланды", "Нидерланд"}, {"Бельгия", "Бельги"}, {"Швеция", "Швеци"},
            {"Норвегия", "Норвеги"}, {"Дания", "Дани"}, {"Финляндия", "Финлянди"}, {"Австрия", "Австри"},
            {"Швейцария", "Швейцари"}, {"Польша", "Польш"}, {"Венгрия", "Венгри"}, {"Чехия", "Чехи"},
            {"Сербия", "Серби"}, {"Хорватия", "Хорвати"}, {"Босния и Герцеговина", "Босни"}, {"Албания", "Албани"},
            {"Македония", "Македони"}, {"Болгария", "Болгари"}, {"Румыния", "Румыни"}, {"Кипр", "Кипр"},
            {"Эквадор", "Эквадор"}, {"Боливия", "Боливи"}, {"Парагвай", "Парагва"}, {"Уругвай", "Уругва"},
            {"Доминиканская Республика", "Доминиканск"}, {"Пуэрто-Рико", "Пуэрто-Рико"}, {"ОАЭ", "ОАЭ"},
            {"Палестина", "Палестин"}, {"Тайвань", "Тайван"}, {"Лаос", "Лаос"}, {"Монголия", "Монголи"},
            {"Бутан", "Бутан"}, {"Мальдивы", "Мальдив"}, {"Фиджи", "Фиджи"}, {"Папуа — Новая Гвинея", "Папуа"}};
    private static final String[][] CATEGORY_CUES = {
            {"torture", "пыт(?:к|ал|ок)|жесток\\p{L}* обращени|избиени|избил"},
            {"death_penalty", "смертн\\p{L}+ (?:казн|приговор)|камер\\p{L}* смертник|казн(?:ен|и(?:ли|т))|казней"},
            {"impunity", "безнаказанн|никто не (?:был )?привлеч|не (?:были )?расследован|оправда"},
            {"unfair_trial", "несправедлив\\p{L}* (?:процесс|суд)|справедлив\\p{L}* суд|без адвокат|в отсутствие адвокат"
                    + "|военн\\p{L}+ суд|закрыт\\p{L}+ (?:процесс|заседани)"},
            {"arbitrary_detention", "произвольн\\p{L}* (?:задержан|арест)|без предъявления обвинени|без суда"
                    + "|под стражей без|содерж\\p{L}+ под стражей|незаконно удержива|длительн\\p{L}* содержан"},
            {"prisoner_of_conscience", "уз(?:ник|ниц)\\p{L}* совести"},
            {"freedom_of_expression", "свобод\\p{L}* (?:выражения|слова|печати|мнени)|оскорблени\\p{L}* (?:президент|религи"
                    + "|короля|главы)|журналист|блогер|газет"},
            {"freedom_of_association", "свобод\\p{L}* (?:объединени|ассоциаци)|ассоциаци|профсоюз"},
            {"freedom_of_assembly", "свобод\\p{L}* собрани|мирн\\p{L}+ (?:протест|собрани|демонстрац|акци)|разогна"},
            {"excessive_force", "чрезмерн\\p{L}* (?:сил|применени)|открыл\\p{L}* огонь|боев\\p{L}+ патрон|слезоточив"
                    + "|убийств\\p{L}* (?:и ранени\\p{L}* )?участник\\p{L}* протест"},
            {"extrajudicial_execution", "внесудебн|незаконн\\p{L}+ убийств|убиты полици|застрелен"},
            {"enforced_disappearance", "насильственн\\p{L}* исчезновени|исчез(?:ли|нувш|новени)|местонахождени\\p{L}* "
                    + "(?:неизвестн|не (?:было )?установлен)"},
            {"discrimination", "дискриминац"},
            {"labour_rights", "трудов\\p{L}* прав|прав\\p{L}* работник|профсоюз\\p{L}* работник|забастовк"},
            {"violence_against_women", "насили\\p{L}* (?:в отношении|против) женщин|изнасиловани"},
            {"housing_rights", "принудительн\\p{L}* выселени|снос\\p{L}* жиль"}};
    private static final Pattern[] CATEGORY_PATTERNS = new Pattern[CATEGORY_CUES.length];

    static {
        for (int i = 0; i < CATEGORY_CUES.length; i++) {
            CATEGORY_PATTERNS[i] = Pattern.compile("(?<![\\p{L}])(?:" + CATEGORY_CUES[i][1] + ")");
        }
    }

    private RussianReader() {
    }

    /** True when the report is written mostly in Cyrillic and should be read by these rules. */
    public static boolean applies(String text) {
        return RussianWords.mostlyCyrillic(text);
    }

    /** The events year a Russian text implies: the latest year it writes beside a month or "году". */
    public static OptionalInt eventsYear(List<Sentence> sentences) {
        int latest = 0;
        Pattern year = Pattern.compile("(\\d{4})\\s*(?:года|году|г\\.|год)");
        for (Sentence s : sentences) {
            Matcher m = year.matcher(s.string());
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y > 1900 && y < 2100 && y > latest) {
                    latest = y;
                }
            }
        }
        return latest == 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    }

    private static final class Named {
        final String name;
        final String kind;
        final List<TextSpan> evidence = new ArrayList<>();
        final List<String> aliases = new ArrayList<>();

        Named(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    /** Reads the sentences; dates without a year belong to {@code eventsYear}. */
    public static Facts read(List<Sentence> sentences, OptionalInt eventsYear) {
        Map<String, Named> persons = new LinkedHashMap<>();
        Map<String, Named> orgs = new LinkedHashMap<>();
        Map<String, Named> places = new LinkedHashMap<>();
        List<CountFact> counts = new ArrayList<>();
        List<SentenceFact> penalties = new ArrayList<>();
        Map<String, Named> charges = new LinkedHashMap<>();
        Map<String, Named> categories = new LinkedHashMap<>();
        List<DatedEventFact> events = new ArrayList<>();

        for (Sentence s : sentences) {
            String t = s.string();
            List<int[]> taken = new ArrayList<>();
            readOrganisations(s, t, orgs, taken);
            readPlaces(s, t, places, taken);
            readPersons(s, t, persons, taken);
        }
        for (Sentence s : sentences) {
            String t = s.string();
            List<DatedEventFact> dated = readDates(s, t, eventsYear, events.size());
            events.addAll(dated);
            readCounts(s, t, counts);
            readPenalties(s, t, persons, penalties, dated);
            readCharges(s, t, charges);
            String lower = t.toLowerCase(Locale.ROOT);
            for (int i = 0; i < CATEGORY_PATTERNS.length; i++) {
                Matcher m = CATEGORY_PATTERNS[i].matcher(lower);
                if (m.find()) {
                    Named c = categories.computeIfAbsent(CATEGORY_CUES[i][0], k -> new Named(k, ""));
                    c.aliases.add(t.substring(m.start(), Math.min(t.length(), m.end() + 12)).strip());
                    c.evidence.addAll(s.evidence(m.start(), m.end()));
                }
            }
        }
        List<PersonFact> personFacts = new ArrayList<>();
        for (Named p : persons.values()) {
            personFacts.add(new PersonFact("person-" + (personFacts.size() + 1), p.name, List.of(), Optional.empty(),
                    Optional.empty(), List.of(), p.evidence));
        }
        List<OrganisationFact> orgFacts = new ArrayList<>();
        for (Named o : orgs.values()) {
            orgFacts.add(new OrganisationFact("org-" + (orgFacts.size() + 1), o.name, o.kind, o.aliases, o.evidence));
        }
        List<PlaceFact> placeFacts = new ArrayList<>();
        for (Named p : places.values()) {
            placeFacts.add(new PlaceFact("place-" + (placeFacts.size() + 1), p.name, p.kind, Optional.empty(),
                    p.evidence));
        }
        List<ChargeFact> chargeFacts = new ArrayList<>();
        for (Named c : charges.values()) {
            chargeFacts.add(new ChargeFact("charge-" + (chargeFacts.size() + 1), c.name, List.of(), c.evidence));
        }
        List<CategoryFact> categoryFacts = new ArrayList<>();
        for (Named c : categories.values()) {
            categoryFacts.add(new CategoryFact("category-" + (categoryFacts.size() + 1), c.name,
                    c.aliases.stream().distinct().limit(5).toList(), c.evidence));
        }
        return new Facts(personFacts, List.of(), orgFacts, placeFacts, counts, penalties, chargeFacts, categoryFacts,
                List.of(), List.of(), events);
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] r : taken) {
            if (r[0] < end && start < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static void readOrganisations(Sentence s, String t, Map<String, Named> orgs, List<int[]> taken) {
        Matcher m = ORG_HEAD.matcher(t);
        while (m.find()) {
            List<String> before = new ArrayList<>(List.of(m.group(1).strip().split("\\s+")));
            int start = m.start();
            while (!before.isEmpty() && (RussianWords.NOT_NAMES.contains(before.get(0).toLowerCase(Locale.ROOT))
                    || RussianWords.month(before.get(0)) > 0 || !Character.isUpperCase(before.get(0).charAt(0))
                    && !adjectival(before.get(0)))) {
                start = t.indexOf(before.get(0), start) + before.get(0).length();
                before.remove(0);
            }
            if (before.isEmpty()) {
                continue;
            }
            start = t.indexOf(before.get(0), start);
            String head = m.group(2).toLowerCase(Locale.ROOT);
            String lemma = head;
            for (String[] h : HEADS) {
                if (head.startsWith(h[0])) {
                    lemma = h[1];
                }
            }
            StringBuilder name = new StringBuilder();
            for (String w : before) {
                String a = adjectival(w) ? RussianWords.adjectiveNominative(w.toLowerCase(Locale.ROOT), lemma) : w;
                name.append(name.length() == 0 ? "" : " ").append(a);
            }
            if (Character.isUpperCase(m.group(2).charAt(0)) && name.length() == 0) {
                continue;
            }
            String full = (name + " " + lemma + m.group(3)).strip();
            full = Character.isUpperCase(t.charAt(start)) && start > 0 && !t.substring(0, start).isBlank()
                    ? full.substring(0, 1).toUpperCase(Locale.ROOT) + full.substring(1) : full;
            if (start == 0 || t.substring(0, start).isBlank()) {
                full = full.substring(0, 1).toUpperCase(Locale.ROOT) + full.substring(1);
            }
            int end = m.end();
            Matcher acr = ACRONYM.matcher(t.substring(end, Math.min(t.length(), end + 12)));
            Named org = add(orgs, full, kind(m.group(2)), s, start, end);
            if (acr.find() && acr.start() <= 1) {
                org.aliases.add(acr.group(1));
            }
            taken.add(new int[] {start, end});
        }
        Matcher q = QUOTED.matcher(t);
        while (q.find()) {
            String before = t.substring(Math.max(0, q.start() - 25), q.start()).toLowerCase(Locale.ROOT);
            if (before.matches(".*(газет|издани|партия|партии|организаци|движени|группировк|телеканал|агентств"
                    + "|сайт|журнал)\\p{L}*\\s*$")) {
                add(orgs, q.group(1), before.contains("парти") ? "political_party" : "media_outlet", s, q.start(),
                        q.end());
                taken.add(new int[] {q.start(), q.end()});
            }
        }
        Matcher g = Pattern.compile("(?:группировк|секты?|движени)[а-яё]*\\s+(" + CAP + "(?:\\s+" + CAP + ")?)").matcher(t);
        while (g.find()) {
            add(orgs, g.group(1), "social_movement", s, g.start(1), g.end(1));
            taken.add(new int[] {g.start(1), g.end(1)});
        }
        if (t.contains("ООН")) {
            int at = t.indexOf("ООН");
            if (!overlaps(taken, at, at + 3)) {
                add(orgs, "ООН", "un_body", s, at, at + 3);
            }
        }
    }

    private static boolean adjectival(String w) {
        return w.length() > 3 && w.substring(w.length() - 2).matches("ый|ий|ой|ая|ое|ого|ых|ую|ым|ом|ей|ее");
    }

    private static String kind(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (h.startsWith("суд") || h.startsWith("трибунал")) {
            return "court";
        }
        if (h.startsWith("парти")) {
            return "political_party";
        }
        if (h.startsWith("полици") || h.startsWith("отряд")) {
            return "police";
        }
        if (h.startsWith("арми")) {
            return "military";
        }
        if (h.startsWith("служб")) {
            return "security_service";
        }
        if (h.startsWith("прокуратур")) {
            return "prosecutor";
        }
        if (h.startsWith("министерств") || h.startsWith("управлени")) {
            return "government";
        }
        return "ngo";
    }

    private static void readPlaces(Sentence s, String t, Map<String, Named> places, List<int[]> taken) {
        Matcher w = Pattern.compile("(?<![\\p{L}-])" + CAP).matcher(t);
        while (w.find()) {
            if (overlaps(taken, w.start(), w.end())) {
                continue;
            }
            String word = w.group();
            Optional<String> country = country(word, t, w.start());
            if (country.isPresent()) {
                int start = country.get().startsWith("Саудовская") || country.get().startsWith("Доминиканская")
                        ? w.start() : w.start();
                int end = w.end();
                if (country.get().indexOf(' ') > 0) {
                    Matcher next = Pattern.compile("^\\s+[А-ЯЁ][а-яё]+").matcher(t.substring(end));
                    if (next.find()) {
                        end += next.end();
                    }
                }
                add(places, country.get(), "country", s, start, end);
                taken.add(new int[] {start, end});
                continue;
            }
            String before = t.substring(Math.max(0, w.start() - 20), w.start());
            if (PLACE_CUE.matcher(before).find() && RussianWords.month(word) == 0
                    && !RussianWords.NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                boolean followedByName = t.length() > w.end() + 1 && t.charAt(w.end()) == ' '
                        && Character.isUpperCase(t.charAt(w.end() + 1));
                if (followedByName) {
                    continue;
                }
                add(places, RussianWords.placeName(word), "locality", s, w.start(), w.end());
                taken.add(new int[] {w.start(), w.end()});
            }
        }
    }

    private static Optional<String> country(String word, String t, int at) {
        for (String[] c : COUNTRIES) {
            String stem = c[1];
            if (word.equals(c[0]) || word.startsWith(stem) && word.length() - stem.length() <= 2
                    && (stem.length() >= 4 || word.length() == stem.length() + 1 || word.equals(stem))) {
                if (c[0].startsWith("Саудовская") && !t.startsWith("Арави", Math.min(t.length(), at + word.length() + 1))) {
                    continue;
                }
                return Optional.of(c[0]);
            }
        }
        return Optional.empty();
    }

    private static void readPersons(Sentence s, String t, Map<String, Named> persons, List<int[]> taken) {
        Matcher m = NAME.matcher(t);
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
            int start = m.start();
            int cut = -1;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (RussianWords.NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || RussianWords.month(w) > 0
                        || country(w, t, 0).isPresent() || w.equals(w.toUpperCase(Locale.ROOT))) {
                    cut = i;
                }
            }
            for (int i = 0; i <= cut; i++) {
                start = t.indexOf(words.get(0), start) + words.get(0).length();
                words.remove(0);
            }
            if (words.size() < 2) {
                continue;
            }
            start = t.indexOf(words.get(0), start);
            String name = String.join(" ", words);
            if (overlaps(taken, start, m.end())) {
                continue;
            }
            String key = surnameKey(name);
            Named p = persons.get(key);
            if (p == null) {
                p = new Named(nominative(name, t), "individual");
                persons.put(key, p);
            }
            p.evidence.addAll(s.evidence(start, m.end()));
            taken.add(new int[] {start, m.end()});
        }
    }

    /** Names are the same person when the surname's stem and the first initial agree. */
    private static String surnameKey(String name) {
        String[] words = name.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String stem = last.length() > 4 ? last.substring(0, last.length() - 1) : last;
        return stem + ":" + Character.toLowerCase(words[0].charAt(0));
    }

    /**
     * The nominative where the text tells it: an inflected word ("Адиамоха") becomes a form without its ending
     * that the text also writes ("Адиамох"); instrumental endings ("Юсуфом") are dropped.
     */
    private static String nominative(String name, String text) {
        String[] words = name.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String lemma = w;
            if (w.length() > 5 && (w.endsWith("ом") || w.endsWith("ым")) && !w.endsWith("ном")) {
                lemma = w.substring(0, w.length() - 2);
            } else if (w.length() > 3 && "аяуюе".indexOf(w.charAt(w.length() - 1)) >= 0) {
                String bare = w.substring(0, w.length() - 1);
                if (Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(bare) + "(?![\\p{L}-])").matcher(text).find()) {
                    lemma = bare;
                }
            }
            out.append(out.length() == 0 ? "" : " ").append(lemma);
        }
        return out.toString();
    }

    private static Named add(Map<String, Named> map, String name, String kind, Sentence s, int start, int end) {
        String key = name.toLowerCase(Locale.ROOT);
        Named n = map.computeIfAbsent(key, k -> new Named(name, kind));
        n.evidence.addAll(s.evidence(start, end));
        return n;
    }

    private static List<DatedEventFact> readDates(Sentence s, String t, OptionalInt eventsYear, int numbered) {
        List<DatedEventFact> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher d = DAY_DATE.matcher(t);
        while (d.find()) {
            OptionalInt year = d.group(3) != null ? OptionalInt.of(Integer.parseInt(d.group(3))) : eventsYear;
            int day = Integer.parseInt(d.group(1));
            if (year.isEmpty() || day < 1 || day > 31) {
                continue;
            }
            PartialDate date;
            try {
                date = PartialDate.ofDay(year.getAsInt(), RussianWords.month(d.group(2)), day);
            } catch (RuntimeException e) {
                continue;
            }
            event(found, s, t, date, d.start(), d.end(), numbered);
            taken.add(new int[] {d.start(), d.end()});
        }
        Matcher m = MONTH_DATE.matcher(t);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            int month = RussianWords.month(m.group(2));
            OptionalInt year = m.group(3) != null ? OptionalInt.of(Integer.parseInt(m.group(3))) : eventsYear;
            if (month == 0 || year.isEmpty()) {
                continue;
            }
            PartialDate date = PartialDate.ofMonth(year.getAsInt(), month);
            if (m.group(1) != null) {
                date = date.withPart(switch (m.group(1)) {
                    case "начале" -> DatePart.EARLY;
                    case "середине" -> DatePart.MID;
                    default -> DatePart.LATE;
                });
            }
            event(found, s, t, date, m.start(), m.end(), numbered);
            taken.add(new int[] {m.start(), m.end()});
        }
        Matcher y = YEAR.matcher(t);
        while (y.find()) {
            if (overlaps(taken, y.start(), y.end())) {
                continue;
            }
            event(found, s, t, PartialDate.ofYear(Integer.parseInt(y.group(1))), y.start(), y.end(), numbered);
        }
        return found;
    }

    private static void event(List<DatedEventFact> found, Sentence s, String t, PartialDate date, int start, int end,
                              int numbered) {
        for (DatedEventFact f : found) {
            if (f.date().equals(date)) {
                return;
            }
        }
        String what = t.length() > 160 ? t.substring(0, 160) : t;
        List<TextSpan> evidence = new ArrayList<>(s.evidence(start, end));
        found.add(new DatedEventFact("event-" + (numbered + found.size() + 1), date, "other", what.strip(),
                Optional.empty(), evidence));
    }

    private static void readCounts(Sentence s, String t, List<CountFact> counts) {
        Matcher m = COUNT.matcher(t);
        while (m.find()) {
            String what = m.group(3);
            String firstWord = what.split("[\\s,]+")[0];
            if (RussianWords.month(firstWord) > 0 || firstWord.matches("год\\p{L}*|лет|г|статья|статьи|статье|процент\\p{L}*"
                    + "|час(?:ов|а)?|минут\\p{L}*")) {
                continue;
            }
            long value = Long.parseLong(m.group(2).replaceAll("[\\s\u00a0]", ""));
            String before = t.substring(Math.max(0, m.start() - 12), m.start());
            if (before.matches(".*(?:статьи|статье|статья|№)\\s*$") || value >= 1900 && value <= 2100
                    && firstWord.startsWith("год")) {
                continue;
            }
            if (before.matches(".*(?:\\bк|\\bна|\\bот|\\bдо)\\s*$") && firstWord.matches("годам|лет|месяц\\p{L}*")) {
                continue;
            }
            addCount(s, counts, what, value, qualifier(m.group(1)), m.start(), m.end());
        }
        Matcher w = Pattern.compile("(?<![\\p{L}])[а-яё]+(?![\\p{L}])").matcher(t);
        while (w.find()) {
            Optional<Integer> value = RussianWords.number(w.group());
            if (value.isEmpty()) {
                continue;
            }
            Matcher rest = Pattern.compile("^\\s+([а-яё][а-яё-]*(?:\\s+[а-яё][а-яё-]*){0,3})").matcher(t.substring(w.end()));
            if (!rest.find()) {
                continue;
            }
            String what = rest.group(1);
            String firstWord = what.split("\\s+")[0];
            if (firstWord.matches("год\\p{L}*|лет|месяц\\p{L}*|дн\\p{L}*|недел\\p{L}*|раз|из|с|половиной|и|или|тысяч\\p{L}*")) {
                continue;
            }
            String before = t.substring(Math.max(0, w.start() - 12), w.start());
            if (before.matches(".*(?:\\bк|\\bот|\\bдо)\\s*$")) {
                continue;
            }
            Matcher q = Pattern.compile("(не менее|более|около|свыше)\\s+$").matcher(before);
            addCount(s, counts, what, value.get(), qualifier(q.find() ? q.group(1) : null), w.start(),
                    w.end() + rest.end());
        }
    }

    private static void addCount(Sentence s, List<CountFact> counts, String what, long value, CountQualifier q,
                                 int start, int end) {
        String cleaned = what.replaceAll("[,]", " ").replaceAll("\\s+", " ").strip();
        counts.add(new CountFact("count-" + (counts.size() + 1), cleaned, new Count(value, q), "people",
                Optional.empty(), Optional.empty(), s.evidence(start, end)));
    }

    private static CountQualifier qualifier(String word) {
        if (word == null) {
            return CountQualifier.EXACTLY;
        }
        return switch (word) {
            case "не менее", "не меньше", "по меньшей мере", "как минимум" -> CountQualifier.AT_LEAST;
            case "более", "больше", "свыше" -> CountQualifier.MORE_THAN;
            case "до" -> CountQualifier.UP_TO;
            default -> CountQualifier.APPROXIMATELY;
        };
    }

    private static OptionalInt amount(String word) {
        String w = word.replaceAll("[^\\dа-яё]", "");
        if (w.matches("\\d+")) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        return RussianWords.number(w).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static void readPenalties(Sentence s, String t, Map<String, Named> persons, List<SentenceFact> out,
                                      List<DatedEventFact> dated) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (!lower.contains("приговор") && !lower.contains("осужд") && !lower.contains("штраф")) {
            return;
        }
        Matcher m = PENALTY.matcher(t);
        while (m.find()) {
            ProceedingStep.Sentence penalty;
            if (m.group(1) != null) {
                OptionalInt lo = amount(m.group(1));
                OptionalInt hi = amount(m.group(2));
                if (lo.isEmpty() || hi.isEmpty()) {
                    continue;
                }
                penalty = new ProceedingStep.Sentence(Optional.empty(), Optional.of(new Term(lo.getAsInt(), 0, 0)),
                        Optional.of(new Term(hi.getAsInt(), 0, 0)), false, Optional.empty(), false, false, false);
            } else if (m.group(3) != null) {
                OptionalInt n = amount(m.group(3));
                if (n.isEmpty() || n.getAsInt() == 0) {
                    continue;
                }
                String unit = m.group(4);
                int months = m.group(5) != null ? amount(m.group(5)).orElse(0) : 0;
                Term term = unit.startsWith("год") || unit.equals("лет") ? new Term(n.getAsInt(), months, 0)
                        : unit.startsWith("месяц") ? new Term(0, n.getAsInt(), 0) : new Term(0, 0, n.getAsInt());
                penalty = ProceedingStep.Sentence.of(term);
            } else if (m.group(6) != null) {
                penalty = new ProceedingStep.Sentence(Optional.empty(), Optional.empty(), Optional.empty(), true,
                        Optional.empty(), false, false, false);
            } else {
                continue;   // death sentences: kept out, as the gold format keeps them apart
            }
            Matcher fine = FINE.matcher(lower);
            if (fine.find()) {
                penalty = new ProceedingStep.Sentence(penalty.term(), penalty.minimum(), penalty.maximum(),
                        penalty.life(), Optional.of(t.substring(fine.start(), fine.end()).strip()), false, false, false);
            }
            String who = subject(t, m.start(), persons);
            out.add(new SentenceFact("sentence-" + (out.size() + 1), who, penalty, List.of(), Optional.empty(),
                    dated.isEmpty() ? Optional.empty() : Optional.of(dated.get(0).date()), Optional.empty(),
                    s.evidence(m.start(), m.end())));
        }
    }

    /** The person a penalty is about: the last name before it in the sentence, else a counted group, else the first. */
    private static String subject(String t, int at, Map<String, Named> persons) {
        String best = "";
        int bestAt = -1;
        for (Named p : persons.values()) {
            String surname = p.name.substring(p.name.lastIndexOf(' ') + 1);
            String stem = surname.length() > 4 ? surname.substring(0, surname.length() - 1) : surname;
            int i = t.lastIndexOf(stem, at);
            if (i >= 0 && i > bestAt) {
                bestAt = i;
                best = p.name;
            }
        }
        if (!best.isEmpty()) {
            return best;
        }
        Matcher g = Pattern.compile("(\\d+|[а-яё]+)\\s+(мужчин|женщин|человек|военнослужащих|полицейских|обвиняемых"
                + "|активистов|[а-яё]+ых)").matcher(t.substring(0, at));
        String group = "";
        while (g.find()) {
            if (g.group(1).matches("\\d+") || RussianWords.number(g.group(1)).isPresent()) {
                group = g.group();
            }
        }
        return group.isEmpty() ? "неизвестный" : group;
    }

    private static void readCharges(Sentence s, String t, Map<String, Named> charges) {
        Matcher m = CHARGE.matcher(t);
        while (m.find()) {
            int from = m.end();
            int to = from;
            while (to < t.length() && ".;:()–—".indexOf(t.charAt(to)) < 0) {
                to++;
            }
            String span = t.substring(from, to);
            if (span.startsWith("статье") || m.group().startsWith("по статье")) {
                Matcher art = Pattern.compile("^(\\d+(?:[.-]\\d+)?)(?:\\s+(?:часть\\s+\\d+\\s+)?(УК|Уголовного кодекса)"
                        + "[^,]*)?").matcher(span);
                if (art.find()) {
                    add(charges, "статья " + art.group(1) + (art.group(2) != null ? " УК" : ""), "", s, from,
                            from + art.end());
                }
                continue;
            }
            span = span.split(",\\s*(?:и\\s+)?(?:а также|когда|после|который|которая|которые|что|хотя|но|за что"
                    + "|и был|и была|и были|вынесенн|по которым|приговор)")[0];
            span = span.split("\\s+(?:и\\s+)?(?:приговорил|приговорён|приговорен|был|была|были|к\\s+\\S+\\s+(?:годам"
                    + "|лет|месяцам))\\b")[0];
            int offset = from;
            for (String part : span.split(",\\s*|\\s+и\\s+(?=[а-яё]+(?:ни[ея]|ств[оеау]|[оа]ж[уеа]|ду|ку|вор[ау]?|"
                    + "ию|ии|ью|ие|ство)\\b)")) {
                String charge = part.strip();
                String first = charge.split("\\s+")[0];
                if (first.matches("[а-яё]+(?:ла|ли|ло|ет|ют|ит|ят|ся|сь|ал|ил|ял)")) {
                    break;
                }
                int at = t.indexOf(charge, offset);
                if (charge.length() < 4 || at < 0 || charge.split("\\s+").length > 10) {
                    continue;
                }
                offset = at + charge.length();
                String nominative = RussianWords.nominativePhrase(charge);
                add(charges, nominative, "", s, at, at + charge.length());
            }
        }
    }
}
