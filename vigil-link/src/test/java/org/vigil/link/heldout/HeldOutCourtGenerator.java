package org.vigil.link.heldout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shape (2) of issue 17: Kazakh and Russian persons seen through a Cyrillic registry, ICAO passports,
 * English-language news and court records with initials, with namesakes. See docs/heldout-generators.md.
 */
final class HeldOutCourtGenerator {

    private HeldOutCourtGenerator() {
    }

    /** Columns after {@code record_id}, in file order. */
    static final List<String> COLUMNS = List.of("source", "name", "birth_date", "birth_place", "person_id");

    static final List<String> SOURCES = List.of("registry", "passport", "news", "court");

    /** Most records a person can have: one registry, one passport, three news, two court. */
    static final int MAX_RECORDS = 7;

    private static final List<String> KAZAKH_MALE = List.of("Нурлан", "Ерлан", "Асхат", "Бауыржан", "Данияр",
            "Ержан", "Марат", "Серик", "Талгат", "Айдос", "Арман", "Асет", "Болат", "Габит", "Даулет", "Жандос",
            "Кайрат", "Мурат", "Нуржан", "Руслан", "Самат", "Тимур", "Ербол", "Ескендир", "Ильяс", "Канат", "Мейрам",
            "Алмас", "Бахыт", "Дархан", "Ерболат", "Жаксылык", "Жанибек", "Куаныш", "Мухтар", "Нурсултан", "Олжас",
            "Рахат", "Саят", "Темирлан", "Хасен", "Шынгыс", "Әлихан", "Ғалым", "Қайсар");
    private static final List<String> KAZAKH_FEMALE = List.of("Динара", "Айгуль", "Гульнара", "Жанар", "Айжан",
            "Асель", "Алия", "Мадина", "Салтанат", "Сауле", "Акмарал", "Гульмира", "Роза", "Жулдыз", "Камила",
            "Аружан", "Меруерт", "Назерке", "Айнур", "Бибигуль", "Гаухар", "Дана", "Жансая", "Индира", "Карлыгаш",
            "Ляззат", "Майра", "Нургуль", "Перизат", "Райхан", "Сабина", "Толкын", "Умит", "Фарида", "Шолпан",
            "Эльмира", "Айдана", "Балжан", "Гульжан", "Дильназ", "Жазира", "Зарина", "Ақбота", "Аяулым", "Әсем");
    private static final List<String> RUSSIAN_MALE = List.of("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей",
            "Владимир", "Николай", "Иван", "Михаил", "Евгений", "Юрий", "Олег", "Виктор", "Игорь", "Павел", "Максим",
            "Артём", "Денис", "Роман", "Антон", "Вячеслав", "Константин", "Валерий", "Геннадий", "Анатолий", "Илья",
            "Никита", "Григорий", "Фёдор", "Василий");
    private static final List<String> RUSSIAN_FEMALE = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
            "Светлана", "Анна", "Мария", "Екатерина", "Юлия", "Людмила", "Галина", "Валентина", "Марина", "Надежда",
            "Оксана", "Дарья", "Анастасия", "Ксения", "Вера", "Любовь", "Лариса", "Нина", "Евгения", "Алёна",
            "Виктория", "Кристина", "Софья", "Полина", "Валерия");

    /** Kazakh surnames in their male form, most frequent first; the last two do not change for women. */
    private static final List<String> KAZAKH_SURNAMES = List.of("Ахметов", "Сулейменов", "Жумабаев", "Касымов",
            "Тулетаев", "Исмаилов", "Абдрахманов", "Омаров", "Искаков", "Кенжебаев", "Мухамедиев", "Байжанов",
            "Ермеков", "Садыков", "Жаксылыков", "Нурпеисов", "Амиров", "Абенов", "Бекмуханбетов", "Есенов", "Жакупов",
            "Калиев", "Кусаинов", "Мусин", "Нурланов", "Оспанов", "Рахимов", "Сагинтаев", "Тасмагамбетов", "Утепов",
            "Шаймерденов", "Абилов", "Байтурсынов", "Дюсенов", "Ержанов", "Жунусов", "Иманов", "Кадыров", "Мамыров",
            "Нуркенов", "Сейткалиев", "Токаев", "Уалиев", "Бектенов", "Есимов", "Мамин", "Смаилов", "Жолдасбеков",
            "Бейсенов", "Аубакиров", "Габдуллин", "Даулетов", "Ибраев", "Кожахметов", "Муканов", "Алимжанов",
            "Серикбаев", "Турсунов", "Ахмедьяров", "Бисенов", "Жандосов", "Кабдуллин", "Мырзахметов", "Оразбаев",
            "Рысбеков", "Сатпаев", "Тлеубаев", "Шакенов", "Сейткали", "Нурлыбек");
    private static final List<String> RUSSIAN_SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов",
            "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев",
            "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров",
            "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
            "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин",
            "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
            "Ким", "Пак", "Цой", "Ли", "Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Вишневский", "Богуславский");

    /** Endings that make Kazakh surnames from a man's name (Нурлан → Нурланов, Серикбаев, Ержанбеков). */
    private static final List<String> KAZAKH_SURNAME_ENDINGS = List.of("ов", "баев", "беков");

    /** Roots of real Russian surnames, each taking -ов or -ин, for a tail of rarer surnames. */
    private static final List<String> RUSSIAN_ROOTS = List.of("Бел", "Черн", "Лис", "Гор", "Сав", "Бор", "Карп",
            "Рыб", "Мельник", "Кузьм", "Шил", "Щук", "Голуб", "Крыл", "Сом", "Жук", "Зим", "Лет", "Вер", "Дуб",
            "Лук", "Мух", "Пес", "Сух", "Тих", "Хром", "Гром", "Кос", "Рог", "Ус");
    private static final List<String> RUSSIAN_ENDINGS = List.of("ов", "ин");

    /** Russian diminutives that English-language news uses for a person it knows. */
    private static final Map<String, String> DIMINUTIVES = Map.ofEntries(
            Map.entry("Александр", "Саша"), Map.entry("Сергей", "Серёжа"), Map.entry("Дмитрий", "Дима"),
            Map.entry("Андрей", "Андрюша"), Map.entry("Алексей", "Лёша"), Map.entry("Владимир", "Володя"),
            Map.entry("Николай", "Коля"), Map.entry("Иван", "Ваня"), Map.entry("Михаил", "Миша"),
            Map.entry("Евгений", "Женя"), Map.entry("Юрий", "Юра"), Map.entry("Виктор", "Витя"),
            Map.entry("Павел", "Паша"), Map.entry("Максим", "Макс"), Map.entry("Константин", "Костя"),
            Map.entry("Анатолий", "Толя"), Map.entry("Григорий", "Гриша"), Map.entry("Василий", "Вася"),
            Map.entry("Елена", "Лена"), Map.entry("Ольга", "Оля"), Map.entry("Наталья", "Наташа"),
            Map.entry("Татьяна", "Таня"), Map.entry("Ирина", "Ира"), Map.entry("Светлана", "Света"),
            Map.entry("Анна", "Аня"), Map.entry("Мария", "Маша"), Map.entry("Екатерина", "Катя"),
            Map.entry("Юлия", "Юля"), Map.entry("Людмила", "Люда"), Map.entry("Галина", "Галя"),
            Map.entry("Валентина", "Валя"), Map.entry("Надежда", "Надя"), Map.entry("Дарья", "Даша"),
            Map.entry("Анастасия", "Настя"), Map.entry("Ксения", "Ксюша"), Map.entry("Любовь", "Люба"),
            Map.entry("Евгения", "Женя"), Map.entry("Виктория", "Вика"), Map.entry("Софья", "Соня"));

    /** A town: its Cyrillic name now and before, its Latin name now and before. */
    private record Place(String cyrillic, List<String> oldCyrillic, String latin, List<String> oldLatin) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("Алматы", List.of("Алма-Ата"), "Almaty", List.of("Alma-Ata")),
            new Place("Астана", List.of("Акмола", "Целиноград", "Нур-Султан"), "Astana", List.of("Nur-Sultan", "Akmola", "Tselinograd")),
            new Place("Шымкент", List.of("Чимкент"), "Shymkent", List.of("Chimkent")),
            new Place("Караганда", List.of("Қарағанды"), "Karaganda", List.of("Qaraghandy", "Karagandy")),
            new Place("Актобе", List.of("Актюбинск"), "Aktobe", List.of("Aktyubinsk")),
            new Place("Тараз", List.of("Джамбул", "Жамбыл"), "Taraz", List.of("Dzhambul", "Zhambyl")),
            new Place("Павлодар", List.of(), "Pavlodar", List.of()),
            new Place("Усть-Каменогорск", List.of("Өскемен"), "Oskemen", List.of("Ust-Kamenogorsk", "Ust Kamenogorsk")),
            new Place("Семей", List.of("Семипалатинск"), "Semey", List.of("Semipalatinsk")),
            new Place("Атырау", List.of("Гурьев"), "Atyrau", List.of("Guryev")),
            new Place("Кызылорда", List.of("Кзыл-Орда"), "Kyzylorda", List.of("Kzyl-Orda", "Qyzylorda")),
            new Place("Костанай", List.of("Кустанай"), "Kostanay", List.of("Kustanai")),
            new Place("Петропавловск", List.of("Петропавл"), "Petropavl", List.of("Petropavlovsk")),
            new Place("Уральск", List.of("Орал"), "Oral", List.of("Uralsk")),
            new Place("Актау", List.of("Шевченко"), "Aktau", List.of("Shevchenko")),
            new Place("Талдыкорган", List.of("Талды-Курган"), "Taldykorgan", List.of("Taldy-Kurgan")),
            new Place("Туркестан", List.of("Түркістан"), "Turkistan", List.of("Turkestan")),
            new Place("Экибастуз", List.of(), "Ekibastuz", List.of()),
            new Place("Жезказган", List.of("Джезказган"), "Zhezkazgan", List.of("Dzhezkazgan")),
            new Place("Кокшетау", List.of("Кокчетав"), "Kokshetau", List.of("Kokchetav")));

    /** One invented person: names in Cyrillic as the civil registry holds them. */
    private record Person(String id, boolean kazakh, boolean female, String surname, String given, String father,
                          boolean kazakhPatronymic, LocalDate born, Place place) {

        String registrySurname() {
            return female ? feminine(surname) : surname;
        }

        String patronymic() {
            return kazakhPatronymic ? father + (female ? "қызы" : "ұлы") : russianPatronymic(father, female);
        }
    }

    /** Generates the records of {@code persons} people; the same arguments give the same table. */
    static HeldOutTable generate(int persons, long seed) {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1, got " + persons);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Weighted<String> kazakhMale = Weighted.byRank(KAZAKH_MALE, 0.7);
        Weighted<String> kazakhFemale = Weighted.byRank(KAZAKH_FEMALE, 0.7);
        Weighted<String> russianMale = Weighted.byRank(RUSSIAN_MALE, 0.7);
        Weighted<String> russianFemale = Weighted.byRank(RUSSIAN_FEMALE, 0.7);
        Weighted<Weighted<String>> kazakhSurnames = Weighted.of(List.of(Weighted.byRank(KAZAKH_SURNAMES, 0.5),
                Weighted.byRank(combinations(KAZAKH_MALE, KAZAKH_SURNAME_ENDINGS), 0.0)), 0.5, 0.5);
        Weighted<Weighted<String>> russianSurnames = Weighted.of(List.of(Weighted.byRank(RUSSIAN_SURNAMES, 0.5),
                Weighted.byRank(combinations(RUSSIAN_ROOTS, RUSSIAN_ENDINGS), 0.0)), 0.5, 0.5);
        Weighted<Place> places = Weighted.byRank(PLACES, 0.5);
        Weighted<Integer> newsCounts = Weighted.of(List.of(0, 1, 2, 3), 0.55, 0.25, 0.12, 0.08);
        Weighted<Integer> courtCounts = Weighted.of(List.of(0, 1, 2), 0.60, 0.30, 0.10);

        List<Person> people = new ArrayList<>(persons);
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            String id = String.format("p%06d", p + 1);
            boolean kazakh = random.nextDouble() < 0.65;
            boolean female = random.nextBoolean();
            Weighted<String> males = kazakh ? kazakhMale : russianMale;
            String given = (female ? (kazakh ? kazakhFemale : russianFemale) : males).pick(random);
            String surname = (kazakh ? kazakhSurnames : russianSurnames).pick(random).pick(random);
            String father = males.pick(random);
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 53 + 13));
            // Namesakes: same surname and given name as an earlier person of the same group and sex.
            if (!people.isEmpty() && random.nextDouble() < 0.12) {
                Person model = people.get(random.nextInt(people.size()));
                if (model.kazakh() == kazakh && model.female() == female) {
                    given = model.given();
                    surname = model.surname();
                    if (random.nextBoolean()) {
                        father = model.father();
                    }
                    born = LocalDate.of(model.born().getYear() + random.nextInt(7) - 3, 1, 1).plusDays(random.nextInt(365));
                }
            }
            boolean kazakhPatronymic = kazakh && random.nextDouble() < 0.10;
            Person person = new Person(id, kazakh, female, surname, given, father, kazakhPatronymic, born, places.pick(random));
            people.add(person);

            int registry = random.nextDouble() < 0.75 ? 1 : 0;
            int passport = random.nextDouble() < 0.55 ? 1 : 0;
            int news = newsCounts.pick(random);
            int court = courtCounts.pick(random);
            if (registry + passport + news + court == 0) {
                registry = 1;
            }
            for (int r = 0; r < registry; r++) {
                rows.add(registry(person, random));
            }
            for (int r = 0; r < passport; r++) {
                rows.add(passport(person, random));
            }
            for (int r = 0; r < news; r++) {
                rows.add(news(person, random));
            }
            for (int r = 0; r < court; r++) {
                rows.add(court(person, random));
            }
        }
        return HeldOutTable.shuffledWithIds(COLUMNS, rows, random);
    }

    private static List<String> registry(Person person, SplittableRandom random) {
        String[] words = {person.registrySurname(), person.given(), person.patronymic()};
        if (random.nextDouble() < 0.02) {
            int which = random.nextInt(3);
            words[which] = Typos.cyrillic(words[which], random);
        }
        String date = random.nextDouble() < 0.02 ? "" : person.born().toString();
        String place = "";
        if (random.nextDouble() >= 0.05) {
            place = person.place().cyrillic();
            if (!person.place().oldCyrillic().isEmpty() && random.nextDouble() < 0.2) {
                place = oneOf(person.place().oldCyrillic(), random);
            }
        }
        return List.of("registry", String.join(" ", words), date, place, person.id());
    }

    private static List<String> passport(Person person, SplittableRandom random) {
        boolean older = random.nextDouble() < 0.3;
        String name = Romanisation.icao(person.given(), older) + " " + Romanisation.icao(person.registrySurname(), older);
        if (random.nextDouble() < 0.02) {
            name = Typos.ocr(name, random);
        }
        String date = random.nextDouble() < 0.01 ? "" : person.born().toString();
        String place = random.nextDouble() < 0.5 ? "" : latinPlace(person.place(), random);
        return List.of("passport", name, date, place, person.id());
    }

    private static List<String> news(Person person, SplittableRandom random) {
        Romanisation.NewsSpelling spelling = Romanisation.NewsSpelling.draw(random);
        String givenCyrillic = person.given();
        if (!person.kazakh() && DIMINUTIVES.containsKey(givenCyrillic) && random.nextDouble() < 0.15) {
            givenCyrillic = DIMINUTIVES.get(givenCyrillic);
        }
        String given = Romanisation.news(givenCyrillic, spelling);
        String surname = Romanisation.news(person.registrySurname(), spelling);
        if (random.nextDouble() < 0.25) {
            if (random.nextBoolean()) {
                surname = Typos.hurried(surname, random);
            } else {
                given = Typos.hurried(given, random);
            }
        }
        String name = random.nextBoolean() ? surname + " " + given : given + " " + surname;
        String year = "";
        if (random.nextDouble() < 0.35) {
            int y = person.born().getYear();
            year = String.valueOf(random.nextDouble() < 0.10 ? y + (random.nextBoolean() ? 1 : -1) : y);
        }
        String place = random.nextDouble() < 0.3 ? latinPlace(person.place(), random) : "";
        return List.of("news", name, year, place, person.id());
    }

    private static List<String> court(Person person, SplittableRandom random) {
        boolean fold = random.nextDouble() < 0.7;
        boolean apostrophe = random.nextDouble() < 0.3;
        String surname = Romanisation.bgn(person.registrySurname(), fold, apostrophe);
        if (random.nextDouble() < 0.05) {
            surname = Typos.hurried(surname, random);
        }
        String given = Romanisation.bgn(person.given(), fold, apostrophe);
        String g = initial(person.given(), fold);
        String p = initial(person.patronymic(), fold);
        double u = random.nextDouble();
        String name;
        if (u < 0.60) {
            name = surname + " " + g + ". " + p + ".";
        } else if (u < 0.75) {
            name = g + ". " + p + ". " + surname;
        } else if (u < 0.85) {
            name = surname.toUpperCase(Locale.ROOT) + " " + g + "." + p + ".";
        } else if (u < 0.95) {
            name = surname + " " + given + " " + p + ".";
        } else {
            name = surname + " " + g + ".";
        }
        String year = random.nextDouble() < 0.10 ? "" : String.valueOf(person.born().getYear());
        return List.of("court", name, year, "", person.id());
    }

    /** The BGN/PCGN spelling of a word's first letter, as clerks write initials ("Zh.", "Ye.", "Yu."). */
    private static String initial(String cyrillicWord, boolean fold) {
        return Romanisation.bgn(cyrillicWord.substring(0, 1), fold, false);
    }

    private static String latinPlace(Place place, SplittableRandom random) {
        return !place.oldLatin().isEmpty() && random.nextDouble() < 0.2 ? oneOf(place.oldLatin(), random) : place.latin();
    }

    private static List<String> combinations(List<String> heads, List<String> tails) {
        List<String> all = new ArrayList<>();
        for (String head : heads) {
            for (String tail : tails) {
                all.add(head + tail);
            }
        }
        return all;
    }

    private static String oneOf(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    /** Female form of a surname: -ов/-ев/-ёв/-ин/-ын take -а, -ский/-цкий become -ская/-цкая, others keep. */
    static String feminine(String surname) {
        if (surname.endsWith("ский") || surname.endsWith("цкий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        for (String ending : List.of("ов", "ев", "ёв", "ин", "ын")) {
            if (surname.endsWith(ending)) {
                return surname + "а";
            }
        }
        return surname;
    }

    /** Russian patronymic from a father's given name (Сергей → Сергеевич/Сергеевна, Юрий → Юрьевич). */
    static String russianPatronymic(String father, boolean female) {
        String son = female ? "вна" : "вич";
        return switch (father) {
            case "Илья" -> female ? "Ильинична" : "Ильич";
            case "Никита" -> female ? "Никитична" : "Никитич";
            case "Дмитрий" -> "Дмитрие" + son;
            default -> {
                if (father.endsWith("ий")) {
                    yield father.substring(0, father.length() - 2) + "ье" + son;
                }
                if (father.endsWith("й") || father.endsWith("ь")) {
                    yield father.substring(0, father.length() - 1) + "е" + son;
                }
                yield father + "о" + son;
            }
        };
    }
}
