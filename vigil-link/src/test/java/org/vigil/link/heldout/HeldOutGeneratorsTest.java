package org.vigil.link.heldout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The held-out generators do what docs/heldout-generators.md says: every expected figure below is the one
 * derived there from the specification; tolerances are about three standard errors at the sizes used.
 */
class HeldOutGeneratorsTest {

    private static final HeldOutTable PEOPLE = HeldOutPeopleGenerator.generate(2000, 17);
    private static final HeldOutTable COURT = HeldOutCourtGenerator.generate(3000, 17);

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() {
        assertThat(HeldOutPeopleGenerator.generate(300, 5).bytes()).isEqualTo(HeldOutPeopleGenerator.generate(300, 5).bytes());
        assertThat(HeldOutPeopleGenerator.generate(300, 5).bytes()).isNotEqualTo(HeldOutPeopleGenerator.generate(300, 6).bytes());
        assertThat(HeldOutCourtGenerator.generate(300, 5).bytes()).isEqualTo(HeldOutCourtGenerator.generate(300, 5).bytes());
        assertThat(HeldOutCourtGenerator.generate(300, 5).bytes()).isNotEqualTo(HeldOutCourtGenerator.generate(300, 6).bytes());
    }

    @Test
    void peopleHaveThreeToTwentyOneRecordsWithTheSpecifiedMean() {
        Map<String, Integer> counts = recordsPerPerson(PEOPLE);
        assertThat(counts).hasSize(2000);
        assertThat(counts.values()).allSatisfy(k -> assertThat(k).isBetween(3, 21));
        assertThat(counts.values()).contains(3, 21);
        // Spec: P(k) ∝ k^-0.7 on 3..21 has mean 9.81 and P(3) = 0.117.
        assertThat(mean(counts.values())).isCloseTo(9.81, within(0.40));
        assertThat(counts.values().stream().filter(k -> k == 3).count() / 2000.0).isCloseTo(0.117, within(0.025));
    }

    @Test
    void peopleSourcesAndMissingFieldsHaveTheSpecifiedShares() {
        // Spec table: shares 0.25 / 0.20 / 0.20 / 0.25 / 0.10.
        Map<String, Double> shares = shares(PEOPLE, "source");
        assertThat(shares.get("census")).isCloseTo(0.25, within(0.015));
        assertThat(shares.get("voter_roll")).isCloseTo(0.20, within(0.015));
        assertThat(shares.get("ngo_list")).isCloseTo(0.20, within(0.015));
        assertThat(shares.get("news")).isCloseTo(0.25, within(0.015));
        assertThat(shares.get("hospital")).isCloseTo(0.10, within(0.015));
        // Spec: overall empty shares are the share-weighted sums of the per-source probabilities.
        assertThat(emptyShare(PEOPLE, "birth_date", null)).isCloseTo(0.2300, within(0.015));
        assertThat(emptyShare(PEOPLE, "birth_place", null)).isCloseTo(0.3025, within(0.015));
        assertThat(emptyShare(PEOPLE, "postcode", null)).isCloseTo(0.3200, within(0.015));
        assertThat(emptyShare(PEOPLE, "sex", null)).isCloseTo(0.2075, within(0.015));
        assertThat(emptyShare(PEOPLE, "occupation", null)).isCloseTo(0.3750, within(0.015));
        assertThat(emptyShare(PEOPLE, "birth_date", "news")).isCloseTo(0.70, within(0.03));
        assertThat(emptyShare(PEOPLE, "birth_date", "voter_roll")).isZero();
        // Names are never empty; dates are ISO when present.
        assertThat(emptyShare(PEOPLE, "full_name", null)).isZero();
        assertThat(column(PEOPLE, "birth_date")).allSatisfy(d -> assertThat(d).matches("|\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void courtPersonsHaveOneToSevenRecordsWithTheSpecifiedMeanAndSourceShares() {
        Map<String, Integer> counts = recordsPerPerson(COURT);
        assertThat(counts).hasSize(3000);
        assertThat(counts.values()).allSatisfy(k -> assertThat(k).isBetween(1, HeldOutCourtGenerator.MAX_RECORDS));
        // Spec: 0.75 + 0.55 + 0.73 + 0.50 + P(no record) 0.037 = 2.567 records per person.
        assertThat(mean(counts.values())).isCloseTo(2.567, within(0.08));
        // Spec: registry 0.787 / 2.567 = 0.307, passport 0.214, news 0.284, court 0.195.
        Map<String, Double> shares = shares(COURT, "source");
        assertThat(shares.get("registry")).isCloseTo(0.307, within(0.02));
        assertThat(shares.get("passport")).isCloseTo(0.214, within(0.02));
        assertThat(shares.get("news")).isCloseTo(0.284, within(0.02));
        assertThat(shares.get("court")).isCloseTo(0.195, within(0.02));
    }

    @Test
    void eachCourtSetSourceWritesNamesAndDatesInItsOwnShape() {
        Pattern cyrillicThreeWords = Pattern.compile("[\\p{IsCyrillic}-]+ [\\p{IsCyrillic}-]+ [\\p{IsCyrillic}-]+");
        // OCR may read I as l or O as 0 in a passport.
        Pattern passportLatin = Pattern.compile("[A-Z0-9l-]+ [A-Z0-9l-]+");
        Pattern hasInitial = Pattern.compile("(^|[ .])[A-Z][a-zë]{0,3}\\.");
        for (List<String> row : COURT.rows()) {
            String source = row.get(COURT.column("source"));
            String name = row.get(COURT.column("name"));
            String date = row.get(COURT.column("birth_date"));
            switch (source) {
                case "registry" -> {
                    assertThat(name).matches(cyrillicThreeWords);
                    assertThat(date).matches("|\\d{4}-\\d{2}-\\d{2}");
                }
                case "passport" -> {
                    assertThat(name).matches(passportLatin);
                    assertThat(date).matches("|\\d{4}-\\d{2}-\\d{2}");
                }
                case "news" -> {
                    assertThat(name).matches("[A-Za-z'-]+ [A-Za-z'-]+");
                    assertThat(date).matches("|\\d{4}");
                }
                case "court" -> {
                    assertThat(hasInitial.matcher(name).find()).as(name).isTrue();
                    assertThat(date).matches("|\\d{4}");
                    assertThat(row.get(COURT.column("birth_place"))).isEmpty();
                }
                default -> throw new AssertionError("unexpected source " + source);
            }
        }
        // Spec: news gives a birth year 35% of the time, court leaves it out 10% of the time.
        assertThat(1 - emptyShare(COURT, "birth_date", "news")).isCloseTo(0.35, within(0.03));
        assertThat(emptyShare(COURT, "birth_date", "court")).isCloseTo(0.10, within(0.03));
        assertThat(emptyShare(COURT, "birth_place", "passport")).isCloseTo(0.50, within(0.04));
    }

    @Test
    void romanisationFollowsThePublishedTables() {
        // ICAO Doc 9303 part 3: Х KH, Ю IU, Я IA, Й I.
        assertThat(Romanisation.icao("Ахметова", false)).isEqualTo("AKHMETOVA");
        assertThat(Romanisation.icao("Юлия", false)).isEqualTo("IULIIA");
        assertThat(Romanisation.icao("Юлия", true)).isEqualTo("YULIYA");
        // BGN/PCGN 1947: initial Е is Ye; Ё after Ь is yë; Ь is the apostrophe.
        assertThat(Romanisation.bgn("Елена", false, false)).isEqualTo("Yelena");
        assertThat(Romanisation.bgn("Соловьёв", false, true)).isEqualTo("Solov'yëv");
        assertThat(Romanisation.bgn("Соловьёв", true, false)).isEqualTo("Solovyev");
        assertThat(HeldOutCourtGenerator.russianPatronymic("Юрий", false)).isEqualTo("Юрьевич");
        assertThat(HeldOutCourtGenerator.russianPatronymic("Сергей", true)).isEqualTo("Сергеевна");
        assertThat(HeldOutCourtGenerator.feminine("Вишневский")).isEqualTo("Вишневская");
        assertThat(HeldOutCourtGenerator.feminine("Ким")).isEqualTo("Ким");
    }

    @Test
    void everyColumnIsDocumented() throws IOException {
        Path doc = Files.exists(Path.of("../docs/heldout-generators.md"))
                ? Path.of("../docs/heldout-generators.md") : Path.of("docs/heldout-generators.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (HeldOutTable table : List.of(PEOPLE, COURT)) {
            assertThat(table.header()).allSatisfy(c -> assertThat(text).contains("| `" + c + "` |"));
        }
    }

    @Test
    void theWriterWritesTheGeneratedBytesAndRefusesBadArgumentsWithoutWriting(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("court.csv");
        HeldOutWriter.write(new String[] {"court", "200", "3", file.toString()});
        assertThat(Files.readAllBytes(file)).isEqualTo(HeldOutCourtGenerator.generate(200, 3).bytes());

        Path other = directory.resolve("other.csv");
        assertThatThrownBy(() -> HeldOutWriter.write(new String[] {"people", "many", "3", other.toString()}))
                .hasMessageContaining("'many'").hasMessageContaining("PERSONS");
        assertThatThrownBy(() -> HeldOutWriter.write(new String[] {"census", "10", "3", other.toString()}))
                .hasMessageContaining("'census'");
        assertThat(other).doesNotExist();
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("court.csv");
        }
    }

    private static Map<String, Integer> recordsPerPerson(HeldOutTable table) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (List<String> row : table.rows()) {
            counts.merge(row.get(table.column("person_id")), 1, Integer::sum);
            assertThat(ids.add(row.get(table.column("record_id")))).isTrue();
        }
        return counts;
    }

    private static Map<String, Double> shares(HeldOutTable table, String column) {
        Map<String, Double> shares = new HashMap<>();
        for (List<String> row : table.rows()) {
            shares.merge(row.get(table.column(column)), 1.0 / table.rows().size(), Double::sum);
        }
        return shares;
    }

    /** Share of empty values in a column, over all rows or over one source's rows. */
    private static double emptyShare(HeldOutTable table, String column, String source) {
        long rows = 0;
        long empty = 0;
        for (List<String> row : table.rows()) {
            if (source == null || row.get(table.column("source")).equals(source)) {
                rows++;
                if (row.get(table.column(column)).isEmpty()) {
                    empty++;
                }
            }
        }
        return (double) empty / rows;
    }

    private static List<String> column(HeldOutTable table, String column) {
        return table.rows().stream().map(row -> row.get(table.column(column))).toList();
    }

    private static double mean(java.util.Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
