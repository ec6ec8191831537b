package org.vigil.link.generate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigil.link.internal.generate.NameLists;
import org.vigil.link.internal.generate.Scripts;
import org.vigil.link.internal.generate.Typos;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a Kazakh/Russian test set with known truth: people recorded by several sources, each
 * writing names in its own script and transliteration (Kazakh or Russianised Cyrillic, BGN/PCGN,
 * ICAO passport, scholarly, Kazakh Latin 2021), in its own order (surname first or last), with or
 * without patronymic (Russian -ович/-овна or Kazakh -ұлы/-қызы), as initials, with typos and with
 * partial or mistyped birth dates. The same seed always gives the same records.
 */
public final class KazakhRussianGenerator {

    /** Column order of the CSV. */
    public static final List<String> COLUMNS = List.of("record_id", "source", "name", "birth_date", "birth_place",
            "person_id");

    /** The sources and, for each, its script. */
    private static final String[] SOURCES = {"kazakh_ngo", "russian_ngo", "news_en", "court", "un_report", "kz_latin"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    /** Shares of persons recorded by 1, 2, 3, 4 and 5 sources. */
    private static final double[] RECORDS_PER_PERSON = {0.30, 0.35, 0.20, 0.10, 0.05};

    private KazakhRussianGenerator() {
    }

    /** A person as they really are. */
    private record Person(String id, boolean kazakh, boolean female, String given, String surname, String father,
                          LocalDate born, String[] city) {
    }

    /**
     * Generates the records of {@code persons} people, shuffled.
     *
     * @param persons how many people
     * @param seed    the seed; the same seed gives the same records
     */
    public static List<GeneratedRecord> generate(int persons, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GeneratedRecord> out = new ArrayList<>((int) (persons * 2.3));
        int width = Integer.toString(Math.max(persons * 6, 10)).length();
        for (int p = 0; p < persons; p++) {
            Person person = person(random, "p" + pad(p + 1, width));
            int k = pick(random, RECORDS_PER_PERSON) + 1;
            List<String> sources = new ArrayList<>(List.of(SOURCES));
            for (int r = 0; r < k; r++) {
                String source = sources.remove(random.nextInt(sources.size()));
                out.add(record(random, person, source));
                if (random.nextDouble() < 0.04) {
                    // the same list names the person twice (two incidents, two reporters)
                    out.add(record(random, person, source));
                }
            }
        }
        // shuffle (Fisher-Yates) so that records of one person are not adjacent, then number them
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            GeneratedRecord t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        List<GeneratedRecord> numbered = new ArrayList<>(out.size());
        int idWidth = Integer.toString(out.size()).length();
        for (int i = 0; i < out.size(); i++) {
            GeneratedRecord g = out.get(i);
            numbered.add(new GeneratedRecord("r" + pad(i + 1, idWidth), g.source(), g.name(), g.birthDate(),
                    g.birthPlace(), g.personId()));
        }
        return numbered;
    }

    /** Writes records as CSV with the header {@link #COLUMNS}. */
    public static void writeCsv(List<GeneratedRecord> records, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        printer.printRecord(COLUMNS);
        for (GeneratedRecord r : records) {
            printer.printRecord(r.recordId(), r.source(), r.name(), r.birthDate(), r.birthPlace(), r.personId());
        }
        printer.flush();
    }

    private static Person person(SplittableRandom random, String id) {
        boolean kazakh = random.nextDouble() < 0.65;
        boolean female = random.nextBoolean();
        String given;
        String surname;
        String father;
        if (kazakh) {
            given = skewed(random, female ? NameLists.KAZAKH_FEMALE : NameLists.KAZAKH_MALE);
            // Kazakh surnames come from an ancestor's name: a traditional root or any man's given name
            String root = random.nextDouble() < 0.5 ? skewed(random, NameLists.KAZAKH_SURNAME_ROOTS)
                    : skewed(random, NameLists.KAZAKH_MALE);
            // many are compounds of a name and -бай, -бек, -жан, -ғали (Серікбаев, Асқарбеков)
            double c = random.nextDouble();
            if (c < 0.45 && !root.endsWith("бай") && !root.endsWith("бек")) {
                root = root + (c < 0.15 ? "бай" : c < 0.3 ? "бек" : c < 0.4 ? "жан" : "ғали");
            }
            surname = kazakhSurname(root, female);
            father = skewed(random, NameLists.KAZAKH_MALE);
        } else {
            given = skewed(random, female ? NameLists.RUSSIAN_FEMALE : NameLists.RUSSIAN_MALE);
            // a fifth of Russian surnames come from a given name (Сергеев, Андреев, Никитин)
            String male = random.nextDouble() < 0.2 ? patronymicSurname(skewed(random, NameLists.RUSSIAN_MALE))
                    : skewed(random, NameLists.RUSSIAN_SURNAMES);
            surname = russianSurname(male, female);
            father = skewed(random, NameLists.RUSSIAN_MALE);
        }
        LocalDate born = LocalDate.of(1940 + random.nextInt(66), 1, 1).plusDays(random.nextInt(365));
        String[] city = NameLists.CITIES.get(skewedIndex(random, NameLists.CITIES.size()));
        return new Person(id, kazakh, female, given, surname, father, born, city);
    }

    /** Common names are commoner: index drawn with density falling towards the end of the list. */
    private static int skewedIndex(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * Math.pow(u, 1.2)));
    }

    private static String skewed(SplittableRandom random, List<String> list) {
        return list.get(skewedIndex(random, list.size()));
    }

    private static String kazakhSurname(String root, boolean female) {
        String lower = root.toLowerCase(Locale.ROOT);
        char last = lower.charAt(lower.length() - 1);
        String base;
        if (last == 'й') {
            base = root.substring(0, root.length() - 1) + "ев";
        } else if ("аеиіоұүуыәө".indexOf(last) >= 0) {
            base = (last == 'і' ? root.substring(0, root.length() - 1) + "и" : root) + "ев";
        } else if ("жшчщц".indexOf(last) >= 0) {
            base = root + "ев";
        } else {
            base = root + "ов";
        }
        return female ? base + "а" : base;
    }

    /** A surname formed from a man's given name: Сергей → Сергеев, Никита → Никитин, Иван → Иванов. */
    private static String patronymicSurname(String given) {
        String g = given.replace('ё', 'е');
        if (g.endsWith("ий")) {
            return g.substring(0, g.length() - 2) + "ьев";
        }
        if (g.endsWith("й")) {
            return g.substring(0, g.length() - 1) + "ев";
        }
        if (g.endsWith("а") || g.endsWith("я")) {
            return g.substring(0, g.length() - 1) + "ин";
        }
        if (g.equals("Павел")) {
            return "Павлов";
        }
        return g + "ов";
    }

    private static String russianSurname(String male, boolean female) {
        if (!female) {
            return male;
        }
        if (male.endsWith("ский") || male.endsWith("цкий")) {
            return male.substring(0, male.length() - 2) + "ая";
        }
        if (male.endsWith("ов") || male.endsWith("ев") || male.endsWith("ёв") || male.endsWith("ин")) {
            return male + "а";
        }
        return male;
    }

    /** The Russian-style patronymic: Сергеевич, Юрьевна, Нурланович. */
    public static String russianPatronymic(String father, boolean female) {
        String f = Scripts.russianise(father).replace('ё', 'е');
        switch (f) {
            case "Илья":
                return female ? "Ильинична" : "Ильич";
            case "Никита":
                return female ? "Никитична" : "Никитич";
            case "Павел":
                return female ? "Павловна" : "Павлович";
            case "Дмитрий":
                return female ? "Дмитриевна" : "Дмитриевич";
            default:
                break;
        }
        if (f.endsWith("ий")) {
            return f.substring(0, f.length() - 2) + (female ? "ьевна" : "ьевич");
        }
        if (f.endsWith("й")) {
            return f.substring(0, f.length() - 1) + (female ? "евна" : "евич");
        }
        return f + (female ? "овна" : "ович");
    }

    /** The Kazakh-style patronymic, written as one word: Нұрланұлы, Серікқызы. */
    public static String kazakhPatronymic(String father, boolean female) {
        return father + (female ? "қызы" : "ұлы");
    }

    private static GeneratedRecord record(SplittableRandom random, Person p, String source) {
        Scripts script;
        switch (source) {
            case "kazakh_ngo":
                script = p.kazakh ? Scripts.KAZAKH_CYRILLIC : Scripts.RUSSIAN_CYRILLIC;
                break;
            case "russian_ngo":
                script = Scripts.RUSSIAN_CYRILLIC;
                break;
            case "news_en":
                script = Scripts.BGN;
                break;
            case "court":
                script = Scripts.ICAO;
                break;
            case "un_report":
                script = Scripts.SCHOLARLY;
                break;
            default:
                script = p.kazakh ? Scripts.KAZAKH_LATIN_2021 : Scripts.BGN;
                break;
        }
        String given = script.write(p.given);
        String surname = script.write(p.surname);
        String patronymic = "";
        double pr = random.nextDouble();
        if (source.equals("kazakh_ngo") && p.kazakh && pr < 0.6 || source.equals("kz_latin") && p.kazakh && pr < 0.3) {
            patronymic = script.write(kazakhPatronymic(p.father, p.female));
        } else if (source.equals("russian_ngo") && pr < 0.8 || source.equals("kazakh_ngo") && !p.kazakh && pr < 0.6
                || source.equals("court") && pr < 0.4) {
            patronymic = script.write(russianPatronymic(p.father, p.female));
        }
        if (random.nextDouble() < 0.15) {
            if (random.nextBoolean()) {
                given = Typos.edit(random, given);
            } else {
                surname = Typos.edit(random, surname);
            }
        }
        String name = nameForm(random, source, given, surname, patronymic);
        return new GeneratedRecord("", source, name, dateForm(random, source, p.born), placeForm(random, source, p),
                p.id);
    }

    private static String nameForm(SplittableRandom random, String source, String given, String surname,
                                   String patronymic) {
        String pat = patronymic.isEmpty() ? "" : " " + patronymic;
        double r = random.nextDouble();
        switch (source) {
            case "kazakh_ngo":
            case "russian_ngo":
                return r < 0.9 ? surname + " " + given + pat : given + pat + " " + surname;
            case "court":
                if (r < 0.4) {
                    return surname.toUpperCase(Locale.ROOT) + " " + given + pat;
                }
                if (r < 0.7) {
                    return initial(given) + (pat.isEmpty() ? "" : initial(patronymic)) + " " + surname;
                }
                if (r < 0.9) {
                    return surname + " " + initial(given) + (pat.isEmpty() ? "" : initial(patronymic));
                }
                return given + pat + " " + surname;
            case "un_report":
                return r < 0.7 ? given + " " + surname : surname + ", " + given;
            case "kz_latin":
                return r < 0.5 ? surname + " " + given + pat : given + pat + " " + surname;
            default:
                // news in English: given name first, sometimes surname first as in the Russian original
                return r < 0.85 ? given + " " + surname : surname + " " + given;
        }
    }

    private static String initial(String word) {
        String w = word.strip();
        // a Latin digraph for one Cyrillic letter stays whole in an initial: Zh., Sh., Ch.
        if (w.length() > 1 && Character.toLowerCase(w.charAt(1)) == 'h'
                && "zksc".indexOf(Character.toLowerCase(w.charAt(0))) >= 0) {
            return w.substring(0, 2) + ".";
        }
        return w.charAt(0) + ".";
    }

    private static String dateForm(SplittableRandom random, String source, LocalDate born) {
        LocalDate d = born;
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (random.nextDouble() < 0.05) {
            // a copying error: one digit of the day, or day and month swapped
            if (day <= 12 && random.nextBoolean()) {
                int t = m;
                m = day;
                day = t;
            } else {
                day = Math.max(1, Math.min(28, (day % 10 == 9 ? day - 1 : day + 1)));
            }
        }
        double r = random.nextDouble();
        switch (source) {
            case "kazakh_ngo":
            case "kz_latin":
                return r < 0.6 ? String.format("%02d.%02d.%04d", day, m, y) : r < 0.9 ? Integer.toString(y) : "";
            case "russian_ngo":
                return r < 0.75 ? String.format("%02d.%02d.%04d", day, m, y)
                        : r < 0.85 ? String.format("%02d.%04d", m, y) : r < 0.95 ? Integer.toString(y) : "";
            case "news_en":
                return r < 0.65 ? Integer.toString(y) : r < 0.8 ? day + " " + MONTHS_EN[m - 1] + " " + y : "";
            case "court":
                return r < 0.8 ? String.format("%04d-%02d-%02d", y, m, day) : Integer.toString(y);
            default:
                return r < 0.5 ? Integer.toString(y) : r < 0.8 ? String.format("%04d-%02d-%02d", y, m, day) : "";
        }
    }

    private static String placeForm(SplittableRandom random, String source, Person p) {
        double r = random.nextDouble();
        switch (source) {
            case "kazakh_ngo":
                return r < 0.7 ? p.city[0] : "";
            case "russian_ngo":
                return r < 0.4 ? "г. " + p.city[1] : r < 0.8 ? p.city[1] : "";
            case "news_en":
                return r < 0.5 ? Scripts.BGN.write(p.city[0]) : "";
            case "court":
                return r < 0.6 ? Scripts.ICAO.write(p.city[1]) : "";
            case "un_report":
                return r < 0.4 ? Scripts.SCHOLARLY.write(p.city[1]) : "";
            default:
                return r < 0.6 ? Scripts.KAZAKH_LATIN_2021.write(p.city[0]) : "";
        }
    }

    private static int pick(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        double acc = 0;
        for (int i = 0; i < shares.length; i++) {
            acc += shares[i];
            if (u < acc) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
