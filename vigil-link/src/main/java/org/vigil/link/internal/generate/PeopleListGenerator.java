package org.vigil.link.internal.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The <em>development</em> generator of issue 17's first shape: a long list of people in which each
 * person appears 3 to 21 times (skewed towards few), with columns full_name, first_name, last_name,
 * birth_date, birth_place, postcode, sex and occupation. Records differ by typos, name order,
 * date format, a missing or mistyped date, a moved postcode and a changed occupation; common names
 * make namesakes. Tuning is done against this generator only; {@link HeldOutPeopleGenerator}, written
 * separately, is the test.
 */
public final class PeopleListGenerator {

    /** Columns of the set (the record id first). */
    public static final List<String> COLUMNS = List.of("id", "full_name", "first_name", "last_name", "birth_date",
            "birth_place", "postcode", "sex", "occupation");

    private static final List<String> MALE = words("James John Robert Michael William David Richard Joseph Thomas "
            + "Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian "
            + "George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin "
            + "Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron "
            + "Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger");
    private static final List<String> FEMALE = words("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica "
            + "Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda "
            + "Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna "
            + "Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine "
            + "Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn");
    private static final List<String> SURNAMES = words("Smith Johnson Williams Brown Jones Garcia Miller Davis "
            + "Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee "
            + "Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
            + "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez "
            + "Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers "
            + "Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson "
            + "Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers "
            + "Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes "
            + "Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin "
            + "Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford "
            + "Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen "
            + "Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder");
    private static final List<String> PLACES = words("London Manchester Birmingham Leeds Glasgow Liverpool Bristol "
            + "Sheffield Edinburgh Cardiff Leicester Coventry Bradford Belfast Nottingham Hull Newcastle Stoke "
            + "Southampton Derby Portsmouth Brighton Plymouth Reading Northampton Luton Wolverhampton Bolton Aberdeen "
            + "Norwich Swindon Swansea Southend Middlesbrough Peterborough Cambridge Oxford Dundee York Ipswich");
    private static final List<String> JOBS = words("teacher nurse driver clerk engineer farmer cook cleaner "
            + "mechanic electrician plumber carpenter salesman accountant lawyer doctor student retired unemployed "
            + "builder painter baker butcher tailor guard soldier miner fisherman librarian journalist");

    private PeopleListGenerator() {
    }

    private record Person(String id, boolean female, String given, String surname, LocalDate born, String place,
                          String postcode, String job) {
    }

    /**
     * Generates the records of {@code persons} people (about 9.9 records each), shuffled.
     *
     * @param persons how many people
     * @param seed    the same seed gives the same set
     */
    public static GeneratedSet generate(int persons, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> rows = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            Person person = person(random, "p" + (p + 1));
            // 3 to 21 records, most people few: 3 + 18 u^1.6 (mean about 9.9)
            int k = 3 + (int) Math.floor(19 * Math.pow(random.nextDouble(), 1.6));
            k = Math.min(k, 21);
            for (int r = 0; r < k; r++) {
                rows.add(record(random, person));
                truth.add(person.id);
            }
        }
        return Shuffle.numbered(rows, truth, random, COLUMNS);
    }

    private static Person person(SplittableRandom random, String id) {
        boolean female = random.nextBoolean();
        String given = skewed(random, female ? FEMALE : MALE);
        String surname = skewed(random, SURNAMES);
        LocalDate born = LocalDate.of(1935 + random.nextInt(70), 1, 1).plusDays(random.nextInt(365));
        String place = skewed(random, PLACES);
        String postcode = Integer.toString(10000 + random.nextInt(90000));
        return new Person(id, female, given, surname, born, place, postcode, skewed(random, JOBS));
    }

    private static List<String> record(SplittableRandom random, Person p) {
        String given = p.given;
        String surname = p.surname;
        double t = random.nextDouble();
        if (t < 0.08) {
            given = Typos.edit(random, given);
        } else if (t < 0.16) {
            surname = Typos.edit(random, surname);
        }
        String full = random.nextDouble() < 0.8 ? given + " " + surname : surname + ", " + given;
        if (random.nextDouble() < 0.05) {
            full = Typos.edit(random, full);
        }
        String date = "";
        double d = random.nextDouble();
        LocalDate born = p.born;
        if (random.nextDouble() < 0.04) {
            born = born.plusDays(random.nextBoolean() ? 1 : -1);
        }
        if (d < 0.55) {
            date = born.toString();
        } else if (d < 0.8) {
            date = String.format("%02d/%02d/%04d", born.getDayOfMonth(), born.getMonthValue(), born.getYear());
        } else if (d < 0.9) {
            date = Integer.toString(born.getYear());
        }
        String place = random.nextDouble() < 0.75 ? p.place : "";
        String postcode = random.nextDouble() < 0.8 ? p.postcode : random.nextDouble() < 0.5 ? ""
                : Integer.toString(10000 + random.nextInt(90000));
        String sex = random.nextDouble() < 0.92 ? (p.female ? "F" : "M") : "";
        String job = random.nextDouble() < 0.6 ? p.job : random.nextDouble() < 0.5 ? "" : skewed(random, JOBS);
        return List.of(full, random.nextDouble() < 0.95 ? given : "", random.nextDouble() < 0.97 ? surname : "", date,
                place, postcode, sex, job);
    }

    private static String skewed(SplittableRandom random, List<String> list) {
        return list.get(Math.min(list.size() - 1, (int) (list.size() * Math.pow(random.nextDouble(), 1.3))));
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
