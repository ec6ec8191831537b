package org.vigil.link.heldout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Shape (1) of issue 17: a list of people with Western names, 3 to 21 records per person from five kinds of
 * source, each with its own gaps and errors. See docs/heldout-generators.md for the specification.
 */
final class HeldOutPeopleGenerator {

    private HeldOutPeopleGenerator() {
    }

    /** Columns after {@code record_id}, in file order. */
    static final List<String> COLUMNS = List.of("source", "full_name", "first_name", "last_name", "birth_date",
            "birth_place", "postcode", "sex", "occupation", "person_id");

    static final int MIN_RECORDS = 3;
    static final int MAX_RECORDS = 21;
    /** Exponent of the truncated power law P(k) ∝ k^-0.7 for records per person. */
    static final double RECORDS_EXPONENT = 0.7;

    /** A source kind: its share of records and the probability that each optional field is empty. */
    record Source(String name, double share, double noBirthDate, double noBirthPlace, double noPostcode,
                  double noSex, double noOccupation, double nicknames, double typos) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("census", 0.25, 0.02, 0.05, 0.02, 0.01, 0.10, 0.03, 0.10),
            new Source("voter_roll", 0.20, 0.00, 0.60, 0.00, 0.30, 0.90, 0.03, 0.10),
            new Source("ngo_list", 0.20, 0.25, 0.20, 0.40, 0.10, 0.30, 0.15, 0.10),
            new Source("news", 0.25, 0.70, 0.40, 0.90, 0.50, 0.20, 0.15, 0.20),
            new Source("hospital", 0.10, 0.00, 0.30, 0.10, 0.00, 0.60, 0.03, 0.10));

    /** Given names, most frequent first (rough US popularity for births 1940–2000). */
    private static final List<String> MALE = List.of("James", "Robert", "John", "Michael", "David", "William",
            "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald",
            "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
            "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin",
            "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack",
            "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle");
    private static final List<String> FEMALE = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth",
            "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley",
            "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie",
            "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela",
            "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet",
            "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria",
            "Kelly", "Lauren", "Christina");

    /** Surnames, most frequent first (rough order of US frequency). */
    private static final List<String> SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
            "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
            "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
            "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
            "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
            "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson",
            "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
            "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry",
            "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez",
            "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin",
            "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina",
            "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens", "Harrison", "Fernandez", "McDonald",
            "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman",
            "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder",
            "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd",
            "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels",
            "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant", "Dunn", "O'Brien");

    /**
     * Parts of English place-name surnames (Ash+ford, Black+wood, …): half the persons draw their surname
     * from these 800 combinations, so that the list has a long tail of rarer surnames as real lists do.
     */
    private static final List<String> SURNAME_HEADS = List.of("Ash", "Black", "Brad", "Brook", "Cal", "Cart",
            "Chester", "Clay", "Craw", "Dun", "Ell", "Fair", "Green", "Hart", "Hay", "Hol", "Kings", "Lang", "Mar",
            "Mid", "New", "Nor", "Ox", "Pem", "Ring", "Rad", "Sal", "Sher", "Stan", "Ten", "Thorn", "Wake", "Wes",
            "Whit", "Win", "Wood", "Yar", "Bur", "Hazel", "Cran");
    private static final List<String> SURNAME_TAILS = List.of("ford", "ley", "ton", "wood", "field", "worth", "by",
            "well", "more", "ham", "bury", "stone", "brook", "dale", "wick", "land", "ridge", "man", "er", "son");

    /** Familiar forms a name is often written in. */
    private static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("William", List.of("Bill", "Will", "Billy")), Map.entry("Robert", List.of("Bob", "Rob", "Bobby")),
            Map.entry("Richard", List.of("Rick", "Dick", "Rich")), Map.entry("James", List.of("Jim", "Jimmy")),
            Map.entry("John", List.of("Jack", "Johnny")), Map.entry("Michael", List.of("Mike")),
            Map.entry("David", List.of("Dave")), Map.entry("Joseph", List.of("Joe", "Joey")),
            Map.entry("Thomas", List.of("Tom", "Tommy")), Map.entry("Charles", List.of("Charlie", "Chuck")),
            Map.entry("Christopher", List.of("Chris")), Map.entry("Daniel", List.of("Dan", "Danny")),
            Map.entry("Matthew", List.of("Matt")), Map.entry("Anthony", List.of("Tony")), Map.entry("Donald", List.of("Don")),
            Map.entry("Steven", List.of("Steve")), Map.entry("Andrew", List.of("Andy", "Drew")),
            Map.entry("Joshua", List.of("Josh")), Map.entry("Kenneth", List.of("Ken", "Kenny")),
            Map.entry("Timothy", List.of("Tim")), Map.entry("Ronald", List.of("Ron")),
            Map.entry("Edward", List.of("Ed", "Eddie", "Ted")), Map.entry("Jeffrey", List.of("Jeff")),
            Map.entry("Nicholas", List.of("Nick")), Map.entry("Jonathan", List.of("Jon")), Map.entry("Stephen", List.of("Steve")),
            Map.entry("Benjamin", List.of("Ben")), Map.entry("Samuel", List.of("Sam")), Map.entry("Gregory", List.of("Greg")),
            Map.entry("Alexander", List.of("Alex")), Map.entry("Patrick", List.of("Pat")), Map.entry("Douglas", List.of("Doug")),
            Map.entry("Zachary", List.of("Zach")), Map.entry("Peter", List.of("Pete")),
            Map.entry("Elizabeth", List.of("Liz", "Beth", "Betty")), Map.entry("Patricia", List.of("Pat", "Trish")),
            Map.entry("Jennifer", List.of("Jen", "Jenny")), Map.entry("Margaret", List.of("Maggie", "Peggy")),
            Map.entry("Susan", List.of("Sue")), Map.entry("Jessica", List.of("Jess")), Map.entry("Kimberly", List.of("Kim")),
            Map.entry("Deborah", List.of("Deb", "Debbie")), Map.entry("Rebecca", List.of("Becky")),
            Map.entry("Katherine", List.of("Kate", "Kathy")), Map.entry("Kathleen", List.of("Kathy")),
            Map.entry("Cynthia", List.of("Cindy")), Map.entry("Pamela", List.of("Pam")), Map.entry("Samantha", List.of("Sam")),
            Map.entry("Christine", List.of("Chris")), Map.entry("Christina", List.of("Tina")),
            Map.entry("Catherine", List.of("Cathy", "Kate")), Map.entry("Victoria", List.of("Vicky")),
            Map.entry("Dorothy", List.of("Dot", "Dottie")), Map.entry("Stephanie", List.of("Steph")),
            Map.entry("Amanda", List.of("Mandy")), Map.entry("Melissa", List.of("Missy")), Map.entry("Sandra", List.of("Sandy")),
            Map.entry("Virginia", List.of("Ginny")));

    /** A town and the first three digits of its postcodes. */
    private record Town(String name, String postcodePrefix) {
    }

    private static final List<Town> TOWNS = List.of(new Town("New York", "100"), new Town("Los Angeles", "900"),
            new Town("Chicago", "606"), new Town("Houston", "770"), new Town("Phoenix", "850"),
            new Town("Philadelphia", "191"), new Town("San Antonio", "782"), new Town("San Diego", "921"),
            new Town("Dallas", "752"), new Town("San Jose", "951"), new Town("Austin", "787"),
            new Town("Jacksonville", "322"), new Town("Fort Worth", "761"), new Town("Columbus", "432"),
            new Town("Charlotte", "282"), new Town("San Francisco", "941"), new Town("Indianapolis", "462"),
            new Town("Seattle", "981"), new Town("Denver", "802"), new Town("Washington", "200"),
            new Town("Boston", "021"), new Town("El Paso", "799"), new Town("Nashville", "372"),
            new Town("Detroit", "482"), new Town("Oklahoma City", "731"), new Town("Portland", "972"),
            new Town("Las Vegas", "891"), new Town("Memphis", "381"), new Town("Louisville", "402"),
            new Town("Baltimore", "212"), new Town("Milwaukee", "532"), new Town("Albuquerque", "871"),
            new Town("Tucson", "857"), new Town("Fresno", "937"), new Town("Sacramento", "958"),
            new Town("Saint Louis", "631"), new Town("Saint Paul", "551"), new Town("Fort Wayne", "468"),
            new Town("Mount Vernon", "105"), new Town("Atlanta", "303"));

    /** Occupations: the usual word first, then synonyms sources use. */
    private static final List<List<String>> OCCUPATIONS = List.of(
            List.of("nurse", "registered nurse", "RN"), List.of("teacher", "schoolteacher", "school teacher"),
            List.of("lawyer", "attorney", "advocate"), List.of("doctor", "physician", "medical doctor", "MD"),
            List.of("engineer", "engineering"), List.of("journalist", "reporter", "correspondent"),
            List.of("driver", "truck driver", "chauffeur"), List.of("farmer", "farm worker", "agricultural worker"),
            List.of("student", "university student"), List.of("accountant", "bookkeeper", "CPA"),
            List.of("police officer", "policeman", "police"), List.of("soldier", "serviceman", "military"),
            List.of("mechanic", "auto mechanic"), List.of("electrician", "electrical worker"),
            List.of("carpenter", "joiner"), List.of("cook", "chef"), List.of("cashier", "sales clerk", "shop assistant"),
            List.of("clerk", "office worker", "administrative assistant"), List.of("retired", "pensioner"),
            List.of("unemployed", "jobless"), List.of("homemaker", "housewife"),
            List.of("construction worker", "builder", "laborer"), List.of("social worker", "caseworker"),
            List.of("pastor", "priest", "minister"), List.of("artist", "painter"), List.of("musician", "singer"),
            List.of("programmer", "software developer", "software engineer"), List.of("professor", "lecturer"),
            List.of("pharmacist", "chemist"), List.of("dentist", "dental surgeon"), List.of("security guard", "guard"),
            List.of("janitor", "cleaner", "custodian"), List.of("waiter", "server"), List.of("plumber", "pipefitter"),
            List.of("activist", "human rights defender"), List.of("writer", "author"),
            List.of("photographer", "photojournalist"), List.of("factory worker", "machine operator"),
            List.of("caregiver", "nurse aide"), List.of("miner", "coal miner"));

    /** One invented person, the truth behind several records. */
    private record Person(String id, boolean female, String first, Optional<String> middle, String last,
                          Optional<String> married, LocalDate born, Town town, String postcode, int occupation) {
    }

    /** Generates the records of {@code persons} people; the same arguments give the same table. */
    static HeldOutTable generate(int persons, long seed) {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1, got " + persons);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Weighted<String> male = Weighted.byRank(MALE, 0.5);
        Weighted<String> female = Weighted.byRank(FEMALE, 0.5);
        List<String> rare = new ArrayList<>();
        for (String head : SURNAME_HEADS) {
            for (String tail : SURNAME_TAILS) {
                rare.add(head + tail);
            }
        }
        Weighted<String> common = Weighted.byRank(SURNAMES, 0.5);
        Weighted<String> tail = Weighted.byRank(rare, 0.0);
        Weighted<Weighted<String>> surnameLists = Weighted.of(List.of(common, tail), 0.5, 0.5);
        Weighted<Town> towns = Weighted.byRank(TOWNS, 0.5);
        Weighted<Integer> recordCounts = recordsPerPerson();
        double[] shares = SOURCES.stream().mapToDouble(Source::share).toArray();
        Weighted<Source> sources = Weighted.of(SOURCES, shares);

        List<Person> people = new ArrayList<>(persons);
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            Person person = person(p, people, random, male, female, surnameLists, towns);
            people.add(person);
            int count = recordCounts.pick(random);
            for (int r = 0; r < count; r++) {
                rows.add(record(person, sources.pick(random), random));
            }
        }
        return HeldOutTable.shuffledWithIds(COLUMNS, rows, random);
    }

    /** The distribution of records per person: P(k) ∝ k^-0.7 on 3..21. */
    static Weighted<Integer> recordsPerPerson() {
        List<Integer> counts = new ArrayList<>();
        double[] weights = new double[MAX_RECORDS - MIN_RECORDS + 1];
        for (int k = MIN_RECORDS; k <= MAX_RECORDS; k++) {
            counts.add(k);
            weights[k - MIN_RECORDS] = Math.pow(k, -RECORDS_EXPONENT);
        }
        return Weighted.of(counts, weights);
    }

    private static Person person(int index, List<Person> earlier, SplittableRandom random, Weighted<String> male,
                                 Weighted<String> female, Weighted<Weighted<String>> surnames, Weighted<Town> towns) {
        String id = String.format("p%06d", index + 1);
        boolean isFemale = random.nextBoolean();
        String first = (isFemale ? female : male).pick(random);
        String last = surnames.pick(random).pick(random);
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65 + 16));
        Town town = towns.pick(random);
        // Namesakes: a copy of an earlier person's name with a birth date a few years away, often elsewhere.
        if (!earlier.isEmpty() && random.nextDouble() < 0.08) {
            Person model = earlier.get(random.nextInt(earlier.size()));
            isFemale = model.female();
            first = model.first();
            last = model.last();
            born = model.born().plusYears(random.nextInt(7) - 3).plusDays(random.nextInt(365) - 182);
            if (random.nextDouble() >= 0.7) {
                town = model.town();
            }
        }
        Optional<String> middle = random.nextDouble() < 0.10
                ? Optional.of((isFemale ? female : male).pick(random)) : Optional.empty();
        Optional<String> married = isFemale && random.nextDouble() < 0.30
                ? Optional.of(surnames.pick(random).pick(random)) : Optional.empty();
        String postcode = town.postcodePrefix() + String.format("%02d", random.nextInt(100));
        return new Person(id, isFemale, first, middle, last, married, born, town, postcode,
                random.nextInt(OCCUPATIONS.size()));
    }

    private static List<String> record(Person person, Source source, SplittableRandom random) {
        String first = person.first();
        List<String> nicknames = NICKNAMES.getOrDefault(first, List.of());
        if (!nicknames.isEmpty() && random.nextDouble() < source.nicknames()) {
            first = nicknames.get(random.nextInt(nicknames.size()));
        }
        String last = person.last();
        if (person.married().isPresent()) {
            double u = random.nextDouble();
            if (u >= 0.4 && u < 0.8) {
                last = person.married().get();
            } else if (u >= 0.8) {
                last = person.last() + "-" + person.married().get();
            }
        }
        if (random.nextDouble() < source.typos()) {
            if (random.nextBoolean()) {
                first = Typos.western(first, random);
            } else {
                last = Typos.western(last, random);
            }
        }
        if (random.nextDouble() < 0.04) {
            String swap = first;
            first = last;
            last = swap;
        }
        String fullName = fullName(first, person.middle(), last, random);

        String birthDate = random.nextDouble() < source.noBirthDate() ? "" : writtenDate(person.born(), random).toString();
        String birthPlace = random.nextDouble() < source.noBirthPlace() ? "" : writtenTown(person.town().name(), random);
        String postcode = random.nextDouble() < source.noPostcode() ? "" : writtenPostcode(person.postcode(), random);
        String sex = random.nextDouble() < source.noSex() ? ""
                : (person.female() != (random.nextDouble() < 0.01)) ? "F" : "M";
        String occupation = "";
        if (random.nextDouble() >= source.noOccupation()) {
            List<String> names = OCCUPATIONS.get(person.occupation());
            occupation = random.nextDouble() < 0.35 ? names.get(1 + random.nextInt(names.size() - 1)) : names.get(0);
        }
        return List.of(source.name(), fullName, first, last, birthDate, birthPlace, postcode, sex, occupation, person.id());
    }

    private static String fullName(String first, Optional<String> middle, String last, SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.65) {
            return first + " " + last;
        }
        if (u < 0.75) {
            return middle.map(m -> first + " " + m.charAt(0) + ". " + last).orElse(first + " " + last);
        }
        if (u < 0.90) {
            return last + ", " + first;
        }
        return last.toUpperCase(Locale.ROOT) + " " + first;
    }

    /** The birth date as a clerk typed it: day and month swapped, a year slip, a day off by one. */
    private static LocalDate writtenDate(LocalDate born, SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.04) {
            if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
                return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
            }
            return born;
        }
        if (u < 0.07) {
            int year = born.getYear();
            int tens = year / 10 % 10;
            int units = year % 10;
            int slipped = random.nextBoolean() && tens != units
                    ? year - tens * 10 - units + units * 10 + tens
                    : year + (random.nextBoolean() ? 1 : -1);
            return born.withDayOfMonth(1).withYear(slipped).plusDays(born.getDayOfMonth() - 1L);
        }
        if (u < 0.09) {
            return born.plusDays(random.nextBoolean() ? 1 : -1);
        }
        return born;
    }

    private static String writtenTown(String town, SplittableRandom random) {
        if (random.nextDouble() >= 0.20) {
            return town;
        }
        String abbreviated = town.replace("Saint ", random.nextBoolean() ? "St. " : "St ")
                .replace("Fort ", random.nextBoolean() ? "Ft. " : "Ft ")
                .replace("Mount ", random.nextBoolean() ? "Mt. " : "Mt ");
        if (!abbreviated.equals(town)) {
            return abbreviated;
        }
        if (town.equals("New York")) {
            return random.nextBoolean() ? "New York City" : "NYC";
        }
        if (town.equals("Washington")) {
            return "Washington DC";
        }
        return random.nextBoolean() ? town.toLowerCase(Locale.ROOT) : Typos.western(town, random);
    }

    private static String writtenPostcode(String postcode, SplittableRandom random) {
        if (random.nextDouble() >= 0.05) {
            return postcode;
        }
        int at = random.nextInt(postcode.length());
        char wrong = (char) ('0' + (postcode.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
        return postcode.substring(0, at) + wrong + postcode.substring(at + 1);
    }
}
