package org.vigil.link.internal.generate;

import org.vigil.link.generate.KazakhRussianGenerator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The <em>held-out test</em> generator of issue 17's second shape, written from its own specification
 * before any result was looked at and never used while tuning. Persons are drawn with a Zipf law over
 * the name lists (so the commonest names recur more than in the development generator), a fifth of
 * them given a namesake born within three years. Each person has 1–6 records (Poisson-like) from:
 * a registry in Kazakh or Russianised Cyrillic ("Surname Given Patronymic", full date, place), a
 * passport in ICAO capitals in either order, news with an English ear (kh→h or ch, zh→j, -yeva→-eva,
 * ay→ai; a letter dropped or doubled; birth year, an age-derived year one off, or nothing), and court
 * records in BGN/PCGN with initials in four layouts ("Akhmetova D.Zh.", "D. Zh. Akhmetova",
 * "AKHMETOVA D.", "Akhmetova Dinara Zh.") and a birth year.
 */
public final class HeldOutCourtGenerator {

    /** Columns of the set (the record id first). */
    public static final List<String> COLUMNS = List.of("record_id", "source", "name", "birth_date", "birth_place");

    private HeldOutCourtGenerator() {
    }

    private record Person(String id, boolean kazakh, boolean female, String given, String surname, String father,
                          LocalDate born, String[] city) {
    }

    /**
     * Generates the records of {@code persons} people, shuffled.
     *
     * @param persons how many people
     * @param seed    the same seed gives the same set
     */
    public static GeneratedSet generate(int persons, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 17);
        List<List<String>> rows = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        String[] sources = {"registry", "passport", "news", "court"};
        Person last = null;
        for (int p = 0; p < persons; p++) {
            Person person = last != null && random.nextDouble() < 0.2 ? namesake(random, last, "h" + (p + 1))
                    : person(random, "h" + (p + 1));
            last = person;
            // Poisson-like: 1 + number of successes, at most 6
            int k = 1;
            while (k < 6 && random.nextDouble() < 0.55) {
                k++;
            }
            for (int r = 0; r < k; r++) {
                String source = sources[random.nextInt(sources.length)];
                rows.add(record(random, person, source));
                truth.add(person.id);
            }
        }
        return Shuffle.numbered(rows, truth, random, COLUMNS);
    }

    private static int zipf(SplittableRandom random, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1))) - 1));
    }

    private static Person person(SplittableRandom random, String id) {
        boolean kazakh = random.nextDouble() < 0.7;
        boolean female = random.nextDouble() < 0.45;
        String given;
        String surname;
        String father;
        if (kazakh) {
            List<String> g = female ? NameLists.KAZAKH_FEMALE : NameLists.KAZAKH_MALE;
            given = g.get(zipf(random, g.size()));
            String root = NameLists.KAZAKH_SURNAME_ROOTS.get(zipf(random, NameLists.KAZAKH_SURNAME_ROOTS.size()));
            String stem = root.endsWith("й") ? root.substring(0, root.length() - 1) + "ев"
                    : "аеиіоұүуыәө".indexOf(root.charAt(root.length() - 1)) >= 0 ? root + "ев" : root + "ов";
            surname = female ? stem + "а" : stem;
            father = NameLists.KAZAKH_MALE.get(zipf(random, NameLists.KAZAKH_MALE.size()));
        } else {
            List<String> g = female ? NameLists.RUSSIAN_FEMALE : NameLists.RUSSIAN_MALE;
            given = g.get(zipf(random, g.size()));
            String male = NameLists.RUSSIAN_SURNAMES.get(zipf(random, NameLists.RUSSIAN_SURNAMES.size()));
            surname = female && (male.endsWith("ов") || male.endsWith("ев") || male.endsWith("ёв")
                    || male.endsWith("ин")) ? male + "а" : male;
            father = NameLists.RUSSIAN_MALE.get(zipf(random, NameLists.RUSSIAN_MALE.size()));
        }
        LocalDate born = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 62));
        return new Person(id, kazakh, female, given, surname, father, born,
                NameLists.CITIES.get(random.nextInt(NameLists.CITIES.size())));
    }

    /** Same given name and surname, another father, born within three years. */
    private static Person namesake(SplittableRandom random, Person other, String id) {
        List<String> fathers = other.kazakh ? NameLists.KAZAKH_MALE : NameLists.RUSSIAN_MALE;
        return new Person(id, other.kazakh, other.female, other.given, other.surname,
                fathers.get(random.nextInt(fathers.size())), other.born.plusDays(random.nextInt(-1095, 1096)),
                NameLists.CITIES.get(random.nextInt(NameLists.CITIES.size())));
    }

    private static String patronymic(Person p, boolean russianForm) {
        return p.kazakh && !russianForm ? KazakhRussianGenerator.kazakhPatronymic(p.father, p.female)
                : KazakhRussianGenerator.russianPatronymic(p.father, p.female);
    }

    private static List<String> record(SplittableRandom random, Person p, String source) {
        LocalDate d = p.born;
        String name;
        String date;
        String place = "";
        switch (source) {
            case "registry": {
                Scripts s = p.kazakh && random.nextDouble() < 0.5 ? Scripts.KAZAKH_CYRILLIC : Scripts.RUSSIAN_CYRILLIC;
                String pat = s.write(patronymic(p, s == Scripts.RUSSIAN_CYRILLIC && random.nextDouble() < 0.7));
                name = s.write(p.surname) + " " + s.write(p.given) + (random.nextDouble() < 0.85 ? " " + pat : "");
                date = random.nextDouble() < 0.9 ? String.format("%02d.%02d.%04d", d.getDayOfMonth(),
                        d.getMonthValue(), d.getYear()) : "";
                place = random.nextDouble() < 0.7 ? (s == Scripts.KAZAKH_CYRILLIC ? p.city[0] : p.city[1]) : "";
                break;
            }
            case "passport": {
                String g = Scripts.ICAO.write(p.given).toUpperCase(Locale.ROOT);
                String f = Scripts.ICAO.write(p.surname).toUpperCase(Locale.ROOT);
                name = random.nextDouble() < 0.6 ? g + " " + f : f + " " + g;
                date = random.nextDouble() < 0.95 ? String.format("%02d/%02d/%04d", d.getDayOfMonth(),
                        d.getMonthValue(), d.getYear()) : "";
                break;
            }
            case "news": {
                String g = englishEar(random, Scripts.BGN.write(p.given));
                String f = englishEar(random, Scripts.BGN.write(p.surname));
                name = random.nextDouble() < 0.7 ? g + " " + f : f + " " + g;
                double r = random.nextDouble();
                date = r < 0.35 ? Integer.toString(d.getYear()) : r < 0.5 ? Integer.toString(d.getYear()
                        + (random.nextBoolean() ? 1 : -1)) : "";
                place = random.nextDouble() < 0.2 ? Scripts.BGN.write(p.city[0]) : "";
                break;
            }
            default: {
                String f = Scripts.BGN.write(p.surname);
                String g = Scripts.BGN.write(p.given);
                String pat = Scripts.BGN.write(patronymic(p, random.nextBoolean()));
                double r = random.nextDouble();
                if (r < 0.35) {
                    name = f + " " + initial(g) + initial(pat);
                } else if (r < 0.6) {
                    name = initial(g) + " " + initial(pat) + " " + f;
                } else if (r < 0.8) {
                    name = f.toUpperCase(Locale.ROOT) + " " + initial(g);
                } else {
                    name = f + " " + g + " " + initial(pat);
                }
                date = random.nextDouble() < 0.9 ? Integer.toString(d.getYear()) : "";
                break;
            }
        }
        return List.of(source, name, date, place);
    }

    /** How an English-speaking reporter writes a name heard or read. */
    private static String englishEar(SplittableRandom random, String word) {
        String w = word;
        if (random.nextDouble() < 0.5) {
            w = random.nextBoolean() ? w.replace("kh", "h").replace("Kh", "H") : w.replace("kh", "ch").replace("Kh", "Ch");
        }
        if (random.nextDouble() < 0.4) {
            w = w.replace("zh", "j").replace("Zh", "J");
        }
        if (random.nextDouble() < 0.5) {
            w = w.replace("yeva", "eva").replace("yev", "ev").replace("ay", "ai");
        }
        if (w.length() > 4 && random.nextDouble() < 0.2) {
            int i = 1 + random.nextInt(w.length() - 2);
            w = random.nextBoolean() ? w.substring(0, i) + w.substring(i + 1) : w.substring(0, i) + w.charAt(i)
                    + w.substring(i);
        }
        return w;
    }

    private static String initial(String word) {
        if (word.length() > 1 && word.charAt(1) == 'h' && "ZKSC".indexOf(word.charAt(0)) >= 0) {
            return word.substring(0, 2) + ".";
        }
        return word.charAt(0) + ".";
    }
}
