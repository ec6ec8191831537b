package org.vigil.link.settings;

import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.internal.compare.NameRoles;
import org.vigil.link.internal.normalise.DateReader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses settings when none are given: each column's kind from its name (and, failing that, from
 * its values), columns that look like answers (entity or cluster numbers) ignored, and blocking
 * rules that pair a name key with a date part, plus exact identifiers and e-mails.
 */
public final class SettingsInference {

    private static final Set<String> TRUTH = Set.of("entid", "entityid", "entity", "cluster", "clusterid", "trueid",
            "truth", "label", "matchid", "personid", "groundtruth");
    private static final Set<String> GIVEN = NameRoles.GIVEN;
    private static final Set<String> SURNAME = NameRoles.SURNAME;
    private static final Set<String> OTHER_NAME = Set.of("middlename", "patronymic", "fnamec2", "lnamec2",
            "otchestvo", "secondname");
    private static final Set<String> FULL_NAME = Set.of("name", "fullname", "personname", "fio", "victim",
            "victimname", "person", "names", "detainee");
    private static final Set<String> DATE = Set.of("dob", "dateofbirth", "birthdate", "born", "birthday", "birth",
            "datebirth", "birthyear");
    private static final Set<String> PLACE = Set.of("city", "town", "place", "birthplace", "placeofbirth", "suburb",
            "region", "district", "oblast", "village", "locality", "residence", "county");
    private static final Set<String> TEXT = Set.of("address", "address1", "address2", "street", "streetaddress");
    private static final Set<String> IDENTIFIER = Set.of("postcode", "zip", "zipcode", "socsecid", "ssn", "passport",
            "document", "idnumber", "phone", "streetnumber", "iin", "nationalid", "documentnumber");
    private static final Set<String> CATEGORY = Set.of("state", "sex", "gender", "country", "nationality", "occupation",
            "profession", "job", "ethnicity", "religion", "citizenship");
    private static final Set<String> SOURCE = Set.of("source", "sourcedataset", "sourcename", "list", "dataset");

    private SettingsInference() {
    }

    /** The inferred settings and a line per decision, for the user to read. */
    public record Inferred(LinkSettings settings, List<String> explanation) {
    }

    /** Infers settings for an input whose id column is already removed from its columns. */
    public static Inferred infer(LinkInput input) {
        List<String> say = new ArrayList<>();
        List<FieldSettings> fields = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Optional<String> sourceColumn = Optional.empty();
        List<String> columns = new ArrayList<>(input.columns());
        // year, month and day columns make one date
        Optional<List<String>> ymd = yearMonthDay(columns);
        if (ymd.isPresent()) {
            fields.add(new FieldSettings("birth_date", ymd.get(), ComparisonKind.DATE, false));
            columns.removeAll(ymd.get());
            say.add("columns " + String.join(", ", ymd.get()) + ": one date (year, month, day)");
        }
        for (String c : columns) {
            String k = c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            Optional<ComparisonKind> kind = Optional.empty();
            if (TRUTH.contains(k)) {
                ignored.add(c);
                say.add("column " + c + ": ignored (it looks like the answer, an entity or cluster number)");
                continue;
            } else if (SOURCE.contains(k)) {
                sourceColumn = Optional.of(c);
                say.add("column " + c + ": the record's source");
                continue;
            } else if (GIVEN.contains(k) || SURNAME.contains(k) || OTHER_NAME.contains(k)) {
                kind = Optional.of(ComparisonKind.NAME);
            } else if (FULL_NAME.contains(k)) {
                if (hasGivenAndSurname(columns)) {
                    // the whole name repeats the given name and surname: comparing both would count the
                    // same evidence twice, and EM would take namesakes for matches
                    ignored.add(c);
                    say.add("column " + c + ": ignored (it repeats the given-name and surname columns)");
                    continue;
                }
                kind = Optional.of(ComparisonKind.PERSON_NAME);
            } else if (PLACE.contains(k) || k.contains("place") || k.contains("city")) {
                kind = Optional.of(ComparisonKind.PLACE);
            } else if (DATE.contains(k) || k.contains("birth") || k.endsWith("date")) {
                kind = Optional.of(ComparisonKind.DATE);
            } else if (k.contains("email") || k.equals("mail")) {
                kind = Optional.of(ComparisonKind.EMAIL);
            } else if (PLACE.contains(k)) {
                kind = Optional.of(ComparisonKind.PLACE);
            } else if (TEXT.contains(k) || k.startsWith("address")) {
                kind = Optional.of(ComparisonKind.TEXT);
            } else if (IDENTIFIER.contains(k)) {
                kind = Optional.of(ComparisonKind.IDENTIFIER);
            } else if (CATEGORY.contains(k)) {
                kind = Optional.of(ComparisonKind.CATEGORY);
            }
            String why = "its name";
            if (kind.isEmpty()) {
                kind = fromValues(input.records(), c);
                why = "its values";
            }
            if (kind.isEmpty()) {
                ignored.add(c);
                say.add("column " + c + ": ignored (long free text or mostly empty)");
                continue;
            }
            boolean tf = kind.get() == ComparisonKind.NAME || kind.get() == ComparisonKind.PERSON_NAME;
            fields.add(new FieldSettings(c, List.of(c), kind.get(), tf));
            say.add("column " + c + ": " + kind.get().settingsName() + " (from " + why + ")");
        }
        List<BlockingRule> rules = blocking(fields, input.records().size());
        for (BlockingRule r : rules) {
            say.add("blocking rule: " + r);
        }
        LinkSettings base = LinkSettings.defaults(fields, rules);
        LinkMode mode = sourceColumn.isPresent() ? LinkMode.LINK_AND_DEDUPE : LinkMode.DEDUPE;
        return new Inferred(new LinkSettings(fields, rules, List.of(), base.trainingPairs(), ignored, base.missingValues(), mode, sourceColumn,
                base.threshold(), INFERRED_COHESION, base.reviewLower(), base.reviewUpper(), base.reviewLimit(),
                base.seed(), base.uSampleSize(), base.emIterations(), base.maxPairs(), base.maxBlockSize()), say);
    }

    private static boolean hasGivenAndSurname(List<String> columns) {
        boolean given = false;
        boolean surname = false;
        for (String c : columns) {
            String k = c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            given |= GIVEN.contains(k);
            surname |= SURNAME.contains(k);
        }
        return given && surname;
    }

    private static Optional<List<String>> yearMonthDay(List<String> columns) {
        String[][] patterns = {{"by", "bm", "bd"}, {"birthyear", "birthmonth", "birthday"}, {"year", "month", "day"},
                {"yob", "mob", "dayob"}};
        for (String[] p : patterns) {
            List<String> found = new ArrayList<>();
            for (String want : p) {
                for (String c : columns) {
                    if (c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").equals(want)) {
                        found.add(c);
                    }
                }
            }
            if (found.size() == 3) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static Optional<ComparisonKind> fromValues(List<InputRecord> records, String column) {
        int seen = 0;
        int dates = 0;
        int digits = 0;
        long length = 0;
        int multiWord = 0;
        for (int i = 0; i < records.size() && seen < 2000; i++) {
            String v = records.get(i).value(column);
            if (v.isEmpty()) {
                continue;
            }
            seen++;
            length += v.length();
            if (v.matches("[0-9 ./-]+") && DateReader.read(v).filter(d -> d.month() != 0).isPresent()) {
                dates++;
            } else if (v.matches("[0-9 -]+")) {
                digits++;
            }
            if (v.strip().contains(" ")) {
                multiWord++;
            }
        }
        if (seen < Math.min(10, records.size() / 10 + 1) || length / Math.max(1, seen) > 60) {
            return Optional.empty();
        }
        if (dates > seen * 0.8) {
            return Optional.of(ComparisonKind.DATE);
        }
        if (digits > seen * 0.8) {
            return Optional.of(ComparisonKind.IDENTIFIER);
        }
        return Optional.of(multiWord > seen / 2 ? ComparisonKind.TEXT : ComparisonKind.NAME);
    }

    /**
     * Cohesion of inferred settings. Lists no one tuned for often hold records with little in them (a
     * name with initials and no date): their pairs with a person's other records are uncertain rather
     * than contradicting, and 0.5 kept them out of clusters they belong to. Still well above the
     * near-zero probabilities of pairs that contradict (another birth date), which is what the rule is for.
     */
    static final double INFERRED_COHESION = 0.3;

    /** Below this many records, looser single-field rules are affordable and catch more typos. */
    static final int SMALL = 100_000;

    private static List<BlockingRule> blocking(List<FieldSettings> fields, int records) {
        Optional<FieldSettings> date = first(fields, ComparisonKind.DATE);
        Optional<FieldSettings> person = first(fields, ComparisonKind.PERSON_NAME);
        List<FieldSettings> names = fields.stream().filter(f -> f.kind() == ComparisonKind.NAME)
                .filter(f -> !OTHER_NAME.contains(f.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")))
                .toList();
        Set<List<String>> rules = new LinkedHashSet<>();
        if (person.isPresent()) {
            rules.add(List.of(person.get().name() + ":wordpairs"));
            // a name written with initials ("Akhmetova D. Z.") meets its full forms by a word and an initial
            rules.add(List.of(person.get().name() + ":surnameinitial"));
            if (date.isPresent()) {
                rules.add(List.of(person.get().name() + ":words", date.get().name() + ":year"));
                rules.add(List.of(person.get().name() + ":firstletters", date.get().name() + ":exact"));
            } else if (records < SMALL) {
                rules.add(List.of(person.get().name() + ":words"));
            }
        }
        for (FieldSettings n : names) {
            if (date.isPresent()) {
                rules.add(List.of(n.name() + ":key", date.get().name() + ":year"));
            }
        }
        if (names.size() >= 2) {
            rules.add(List.of(names.get(0).name() + ":key", names.get(1).name() + ":key"));
            if (date.isPresent()) {
                rules.add(List.of(names.get(0).name() + ":initial", names.get(1).name() + ":initial",
                        date.get().name() + ":exact"));
            }
        } else if (names.size() == 1 && date.isEmpty()) {
            rules.add(List.of(names.get(0).name() + ":key"));
        }
        for (FieldSettings f : fields) {
            if (f.kind() == ComparisonKind.EMAIL || f.kind() == ComparisonKind.IDENTIFIER
                    && !f.name().toLowerCase(Locale.ROOT).contains("street")
                    && !f.name().toLowerCase(Locale.ROOT).contains("post") && !f.name().toLowerCase(Locale.ROOT).contains("zip")) {
                rules.add(List.of(f.name() + ":exact"));
            }
        }
        if (date.isPresent() && (records < SMALL || rules.isEmpty())) {
            rules.add(List.of(date.get().name() + ":exact"));
        }
        if (records < SMALL) {
            for (FieldSettings n : names) {
                rules.add(List.of(n.name() + ":key"));
            }
        }
        if (rules.isEmpty() && !fields.isEmpty()) {
            rules.add(List.of(fields.get(0).name() + ":" + org.vigil.link.internal.compare.FieldComparison.of(fields.get(0).kind())
                    .blockingTransforms().get(0)));
        }
        List<BlockingRule> out = new ArrayList<>();
        for (List<String> r : rules) {
            out.add(new BlockingRule(r));
        }
        return out;
    }

    private static Optional<FieldSettings> first(List<FieldSettings> fields, ComparisonKind kind) {
        return fields.stream().filter(f -> f.kind() == kind).findFirst();
    }
}
