package org.vigil.link.internal.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The <em>held-out test</em> generator of issue 17's first shape, written from its own specification
 * before any result was looked at and never used while tuning: a list of people, 3 to 21 records
 * each from a truncated geometric count (most people 3–6 records, a tail to 21), other name lists
 * (Western European), other habits: the whole name sometimes with a middle initial or in capitals,
 * given and family name swapped between columns now and then, a keyboard-neighbour typo model,
 * dates as "12 Mar 1961", "1961-03-12" or "03/1961", a year only or nothing, the place sometimes
 * abbreviated, postcodes of four digits and a letter pair, occupations in free words, and twins
 * (same surname, birth date and place, another given name).
 */
public final class HeldOutPeopleGenerator {

    /** Columns of the set (the record id first). */
    public static final List<String> COLUMNS = List.of("record_id", "name", "given_name", "family_name", "dob",
            "place_of_birth", "postcode", "gender", "occupation");

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final List<String> MEN = List.of(("Lukas Jonas Felix Maximilian Leon Paul Noah Elias Finn Ben "
            + "Luis Emil Anton Moritz Henri Oskar Jakob Theo Matteo Julian Niklas Tim Fabian Sebastian Tobias Florian "
            + "Pierre Antoine Hugo Louis Arthur Jules Gabriel Raphael Mathis Nathan Marco Luca Giovanni Alessandro "
            + "Lorenzo Andrea Francesco Pieter Sander Bram Daan Jens Lars Sven Olaf Mikkel Rasmus").split(" "));
    private static final List<String> WOMEN = List.of(("Sophie Marie Emilia Hannah Lena Mia Lea Anna Clara Lina "
            + "Johanna Leonie Amelie Laura Julia Sarah Charlotte Greta Ida Frieda Camille Chloe Manon Ines Louise "
            + "Juliette Giulia Chiara Francesca Martina Sara Federica Sanne Femke Lotte Eva Ingrid Astrid Freja "
            + "Maja Sofie Elin Linnea").split(" "));
    private static final List<String> FAMILY = List.of(("Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker "
            + "Schulz Hoffmann Koch Richter Klein Wolf Schroder Neumann Schwarz Zimmermann Braun Kruger Hofmann "
            + "Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Kohler Herrmann Konig Walter "
            + "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
            + "Garcia David Bertrand Roux Vincent Fournier Rossi Russo Ferrari Esposito Bianchi Romano Colombo "
            + "Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa Jansen DeVries VanDijk Bakker Visser Smit "
            + "Meijer DeBoer Mulder Bos Vos Peters Hendriks Dekker Hansen Johansen Olsen Larsen Andersen Pedersen "
            + "Nielsen Kristiansen Jensen Karlsen Lindqvist Nystrom Bergstrom Lundgren").split(" "));
    private static final List<String> TOWNS = List.of(("Hamburg Munchen Koln Frankfurt Stuttgart Dusseldorf "
            + "Leipzig Dortmund Essen Bremen Dresden Hannover Nurnberg Lyon Marseille Toulouse Nice Nantes "
            + "Strasbourg Bordeaux Lille Rennes Milano Napoli Torino Palermo Genova Bologna Firenze Rotterdam "
            + "Utrecht Eindhoven Groningen Bergen Trondheim Stavanger Goteborg Malmo Uppsala Aarhus Odense").split(" "));
    private static final List<String> WORK = List.of(("nurse;registered nurse;teacher;primary school teacher;"
            + "bus driver;driver;lorry driver;software developer;programmer;shop assistant;cashier;welder;"
            + "bricklayer;farmer;farm worker;social worker;police officer;pensioner;retired;student;unemployed;"
            + "chef;cook;waiter;electrician;mechanic;car mechanic;accountant;pharmacist;midwife").split(";"));
    private static final String KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm";

    private HeldOutPeopleGenerator() {
    }

    private record Person(String id, boolean woman, String given, String middle, String family, LocalDate born,
                          String town, String postcode, String work) {
    }

    /**
     * Generates the records of {@code persons} people, shuffled.
     *
     * @param persons how many people
     * @param seed    the same seed gives the same set
     */
    public static GeneratedSet generate(int persons, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<List<String>> rows = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        Person previous = null;
        for (int p = 0; p < persons; p++) {
            Person person = previous != null && random.nextDouble() < 0.03
                    ? twin(random, previous, "t" + (p + 1)) : person(random, "t" + (p + 1));
            previous = person;
            int k = 3;
            while (k < 21 && random.nextDouble() < 0.82) {
                k++;
            }
            for (int r = 0; r < k; r++) {
                rows.add(record(random, person));
                truth.add(person.id);
            }
        }
        return Shuffle.numbered(rows, truth, random, COLUMNS);
    }

    private static Person person(SplittableRandom random, String id) {
        boolean woman = random.nextDouble() < 0.5;
        List<String> givens = woman ? WOMEN : MEN;
        String given = givens.get(zipf(random, givens.size()));
        String middle = givens.get(random.nextInt(givens.size()));
        String family = FAMILY.get(zipf(random, FAMILY.size()));
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 78));
        String postcode = String.format("%04d %c%c", 1000 + random.nextInt(9000), (char) ('A' + random.nextInt(26)),
                (char) ('A' + random.nextInt(26)));
        return new Person(id, woman, given, middle, family, born, TOWNS.get(zipf(random, TOWNS.size())), postcode,
                WORK.get(random.nextInt(WORK.size())));
    }

    private static Person twin(SplittableRandom random, Person sibling, String id) {
        boolean woman = random.nextBoolean();
        List<String> givens = woman ? WOMEN : MEN;
        String given = givens.get(random.nextInt(givens.size()));
        return new Person(id, woman, given, givens.get(random.nextInt(givens.size())), sibling.family, sibling.born,
                sibling.town, sibling.postcode, WORK.get(random.nextInt(WORK.size())));
    }

    /** Index with a Zipf-like law (rank r drawn in proportion to 1/r). */
    private static int zipf(SplittableRandom random, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1))) - 1));
    }

    private static List<String> record(SplittableRandom random, Person p) {
        String given = p.given;
        String family = p.family;
        if (random.nextDouble() < 0.12) {
            given = keyboardTypo(random, given);
        }
        if (random.nextDouble() < 0.12) {
            family = keyboardTypo(random, family);
        }
        String whole;
        double w = random.nextDouble();
        if (w < 0.6) {
            whole = given + " " + family;
        } else if (w < 0.8) {
            whole = given + " " + p.middle.charAt(0) + ". " + family;
        } else if (w < 0.9) {
            whole = family.toUpperCase(Locale.ROOT) + " " + given;
        } else {
            whole = given.charAt(0) + ". " + family;
        }
        String givenColumn = given;
        String familyColumn = family;
        if (random.nextDouble() < 0.03) {
            givenColumn = family;
            familyColumn = given;
        }
        if (random.nextDouble() < 0.06) {
            givenColumn = "";
        }
        LocalDate b = p.born;
        if (random.nextDouble() < 0.03) {
            b = b.withDayOfMonth(Math.min(28, b.getDayOfMonth() % 10 + 10 * random.nextInt(3) + 1));
        }
        String dob;
        double d = random.nextDouble();
        if (d < 0.4) {
            dob = b.getDayOfMonth() + " " + MONTHS[b.getMonthValue() - 1] + " " + b.getYear();
        } else if (d < 0.65) {
            dob = b.toString();
        } else if (d < 0.73) {
            dob = String.format("%02d/%04d", b.getMonthValue(), b.getYear());
        } else if (d < 0.88) {
            dob = Integer.toString(b.getYear());
        } else {
            dob = "";
        }
        double t = random.nextDouble();
        String town = t < 0.55 ? p.town : t < 0.65 ? p.town.substring(0, Math.min(4, p.town.length())) + "." : "";
        String postcode = random.nextDouble() < 0.7 ? p.postcode : random.nextDouble() < 0.6 ? ""
                : String.format("%04d %c%c", 1000 + random.nextInt(9000), (char) ('A' + random.nextInt(26)),
                (char) ('A' + random.nextInt(26)));
        String gender = random.nextDouble() < 0.1 ? "" : random.nextBoolean() ? (p.woman ? "female" : "male")
                : (p.woman ? "f" : "m");
        String work = random.nextDouble() < 0.5 ? p.work : random.nextDouble() < 0.5 ? ""
                : WORK.get(random.nextInt(WORK.size()));
        return List.of(whole, givenColumn, familyColumn, dob, town, postcode, gender, work);
    }

    /** A letter replaced by its keyboard neighbour, or dropped, or a vowel doubled. */
    private static String keyboardTypo(SplittableRandom random, String word) {
        if (word.length() < 4) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        char c = Character.toLowerCase(word.charAt(i));
        int at = KEYBOARD.indexOf(c);
        switch (random.nextInt(3)) {
            case 0:
                if (at >= 0) {
                    int n = at + (random.nextBoolean() ? 1 : -1);
                    char r = n >= 0 && n < KEYBOARD.length() && KEYBOARD.charAt(n) != ' ' ? KEYBOARD.charAt(n) : c;
                    return word.substring(0, i) + r + word.substring(i + 1);
                }
                return word;
            case 1:
                return word.substring(0, i) + word.substring(i + 1);
            default:
                return "aeiou".indexOf(c) >= 0 ? word.substring(0, i + 1) + c + word.substring(i + 1) : word;
        }
    }
}
