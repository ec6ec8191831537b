package org.vigil.link.internal.generate;

import org.vigil.link.generate.KazakhRussianGenerator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The <em>development</em> generator of issue 17's second shape: people recorded by a registry in
 * Cyrillic (surname, given name, patronymic; full birth date and place), passports in ICAO Latin
 * capitals ("DINARA AKHMETOVA", full date), news in ad hoc English spelling with typos (birth year or
 * nothing) and court records in BGN/PCGN with initials ("Akhmetova D. Z.", birth year). Names come
 * from short skewed lists, so namesakes are common. Tuning is done against this generator only;
 * {@link HeldOutCourtGenerator}, written separately, is the test.
 */
public final class CourtRecordsGenerator {

    /** Columns of the set (the record id first). */
    public static final List<String> COLUMNS = List.of("record_id", "source", "name", "birth_date", "birth_place");

    private CourtRecordsGenerator() {
    }

    private record Person(String id, boolean kazakh, boolean female, String given, String surname, String father,
                          LocalDate born, String[] city) {
    }

    /**
     * Generates the records of {@code persons} people (about 2.5 records each), shuffled.
     *
     * @param persons how many people
     * @param seed    the same seed gives the same set
     */
    public static GeneratedSet generate(int persons, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> rows = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        String[] sources = {"registry", "passport", "news", "court"};
        for (int p = 0; p < persons; p++) {
            Person person = person(random, "p" + (p + 1));
            // 1 to 4 sources; sometimes a source twice
            int k = 1 + (int) Math.floor(4 * Math.pow(random.nextDouble(), 1.1));
            List<String> left = new ArrayList<>(List.of(sources));
            for (int r = 0; r < Math.min(k, 4); r++) {
                String source = left.remove(random.nextInt(left.size()));
                rows.add(record(random, person, source));
                truth.add(person.id);
                if (random.nextDouble() < 0.1) {
                    rows.add(record(random, person, source));
                    truth.add(person.id);
                }
            }
        }
        return Shuffle.numbered(rows, truth, random, COLUMNS);
    }

    private static Person person(SplittableRandom random, String id) {
        boolean kazakh = random.nextDouble() < 0.6;
        boolean female = random.nextBoolean();
        String given;
        String surname;
        String father;
        if (kazakh) {
            given = skewed(random, female ? NameLists.KAZAKH_FEMALE : NameLists.KAZAKH_MALE);
            String root = random.nextBoolean() ? skewed(random, NameLists.KAZAKH_SURNAME_ROOTS)
                    : skewed(random, NameLists.KAZAKH_MALE);
            surname = kazakhSurname(root, female);
            father = skewed(random, NameLists.KAZAKH_MALE);
        } else {
            given = skewed(random, female ? NameLists.RUSSIAN_FEMALE : NameLists.RUSSIAN_MALE);
            String male = skewed(random, NameLists.RUSSIAN_SURNAMES);
            surname = female && (male.endsWith("ов") || male.endsWith("ев") || male.endsWith("ин")) ? male + "а" : male;
            father = skewed(random, NameLists.RUSSIAN_MALE);
        }
        LocalDate born = LocalDate.of(1950 + random.nextInt(55), 1, 1).plusDays(random.nextInt(365));
        return new Person(id, kazakh, female, given, surname, father, born,
                NameLists.CITIES.get(Math.min(NameLists.CITIES.size() - 1,
                        (int) (NameLists.CITIES.size() * Math.pow(random.nextDouble(), 1.5)))));
    }

    private static String patronymic(Person p) {
        return p.kazakh ? KazakhRussianGenerator.kazakhPatronymic(p.father, p.female)
                : KazakhRussianGenerator.russianPatronymic(p.father, p.female);
    }

    private static List<String> record(SplittableRandom random, Person p, String source) {
        String name;
        String date;
        String place;
        LocalDate d = p.born;
        switch (source) {
            case "registry": {
                Scripts s = Scripts.RUSSIAN_CYRILLIC;
                String pat = p.kazakh && random.nextBoolean() ? Scripts.RUSSIAN_CYRILLIC.write(
                        KazakhRussianGenerator.russianPatronymic(p.father, p.female)) : s.write(patronymic(p));
                name = s.write(p.surname) + " " + s.write(p.given) + (random.nextDouble() < 0.9 ? " " + pat : "");
                date = random.nextDouble() < 0.95 ? String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(),
                        d.getYear()) : "";
                place = random.nextDouble() < 0.8 ? p.city[1] : "";
                break;
            }
            case "passport":
                name = (Scripts.ICAO.write(p.given) + " " + Scripts.ICAO.write(p.surname)).toUpperCase(Locale.ROOT);
                date = random.nextDouble() < 0.9 ? d.toString() : "";
                place = "";
                break;
            case "news": {
                String given = adHoc(random, Scripts.BGN.write(p.given));
                String surname = adHoc(random, Scripts.BGN.write(p.surname));
                if (random.nextDouble() < 0.3) {
                    if (random.nextBoolean()) {
                        given = Typos.edit(random, given);
                    } else {
                        surname = Typos.edit(random, surname);
                    }
                }
                name = random.nextDouble() < 0.6 ? surname + " " + given : given + " " + surname;
                date = random.nextDouble() < 0.5 ? Integer.toString(d.getYear()) : "";
                place = random.nextDouble() < 0.3 ? Scripts.BGN.write(p.city[0]) : "";
                break;
            }
            default: {
                String surname = Scripts.BGN.write(p.surname);
                String given = Scripts.BGN.write(p.given);
                String pat = Scripts.BGN.write(patronymic(p));
                double r = random.nextDouble();
                name = r < 0.6 ? surname + " " + initial(given) + " " + initial(pat)
                        : r < 0.8 ? initial(given) + " " + initial(pat) + " " + surname
                        : surname + " " + initial(given);
                date = random.nextDouble() < 0.85 ? Integer.toString(d.getYear()) : "";
                place = "";
                break;
            }
        }
        return List.of(source, name, date, place);
    }

    /** Ad hoc English spelling: kh as h, zh as j now and then, -iy as -i, y-glides dropped. */
    private static String adHoc(SplittableRandom random, String word) {
        String w = word;
        if (random.nextDouble() < 0.6) {
            w = w.replace("kh", "h").replace("Kh", "H");
        }
        if (random.nextDouble() < 0.3) {
            w = w.replace("zh", "j").replace("Zh", "J");
        }
        if (random.nextDouble() < 0.5) {
            w = w.replace("iy", "i").replace("yev", "ev").replace("ye", "e");
        }
        return w;
    }

    private static String initial(String word) {
        if (word.length() > 1 && word.charAt(1) == 'h' && "ZKSC".indexOf(word.charAt(0)) >= 0) {
            return word.substring(0, 2) + ".";
        }
        return word.charAt(0) + ".";
    }

    private static String kazakhSurname(String root, boolean female) {
        char last = root.charAt(root.length() - 1);
        String base = last == 'й' ? root.substring(0, root.length() - 1) + "ев"
                : "аеиіоұүуыәө".indexOf(last) >= 0 ? root + "ев" : root + "ов";
        return female ? base + "а" : base;
    }

    private static String skewed(SplittableRandom random, List<String> list) {
        return list.get(Math.min(list.size() - 1, (int) (list.size() * Math.pow(random.nextDouble(), 1.4))));
    }
}
