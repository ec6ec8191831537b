package org.vigil.link.internal.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.core.run.Progress;
import org.vigil.link.LinkageResult;
import org.vigil.link.Linker;
import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsReader;
import org.vigil.link.state.LinkageState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipe "Add a comparison kind" (docs/extending.md) is complete: every {@link ComparisonKind} is
 * read from a settings file by its name, has a comparison whose levels and blocking transforms make sense,
 * is documented in docs/link.md, and links records end to end. A kind added without one of these fails
 * here, naming the step of the recipe it missed.
 */
class ComparisonKindRecipeTest {

    /** Two spellings of one value per kind: the same at the strongest level, and another value. */
    private static final Map<ComparisonKind, List<String>> SAMPLES = Map.of(
            ComparisonKind.NAME, List.of("Tuletayeva", "Omarova"),
            ComparisonKind.PERSON_NAME, List.of("Roza Tuletayeva", "Aigul Omarova"),
            ComparisonKind.DATE, List.of("1975-04-02", "1960-01-01"),
            ComparisonKind.TEXT, List.of("12 Abay avenue", "3 Satpayev street"),
            ComparisonKind.PLACE, List.of("Zhanaozen", "Almaty"),
            ComparisonKind.IDENTIFIER, List.of("N1234567", "K7654321"),
            ComparisonKind.CATEGORY, List.of("f", "m"),
            ComparisonKind.EMAIL, List.of("roza@example.org", "aigul@example.net"));

    @ParameterizedTest(name = "{0}: step 1, the settings file names it")
    @EnumSource(ComparisonKind.class)
    void everyKindIsReadFromASettingsFileByItsName(ComparisonKind kind) {
        String json = "{\"fields\": [{\"name\": \"f\", \"column\": \"c\", \"kind\": \"" + kind.settingsName() + "\"}],"
                + " \"blocking\": [[\"f:exact\"]]}";
        LinkSettings settings = SettingsReader.read(json, "settings.json").settings();
        assertThat(settings.fields().get(0).kind()).isEqualTo(kind);
        assertThat(SettingsReader.read(SettingsReader.write(settings, Optional.empty()), "again.json").settings())
                .as("written settings read back").isEqualTo(settings);
    }

    @ParameterizedTest(name = "{0}: step 2, a comparison implements it")
    @EnumSource(ComparisonKind.class)
    void everyKindHasAComparisonWithLevelsAndBlockingTransforms(ComparisonKind kind) {
        FieldComparison comparison = FieldComparison.of(kind);
        assertThat(comparison.kind()).isEqualTo(kind);
        assertThat(comparison.levels()).as("strongest agreement first, outright disagreement last").hasSizeGreaterThanOrEqualTo(2);
        assertThat(comparison.blockingTransforms()).as("every kind blocks on exact agreement").contains("exact");
        assertThat(SAMPLES).as("add two sample values for " + kind + " to SAMPLES in this test").containsKey(kind);
        Object same = comparison.prepare(List.of(SAMPLES.get(kind).get(0))).orElseThrow();
        Object other = comparison.prepare(List.of(SAMPLES.get(kind).get(1))).orElseThrow();
        assertThat(comparison.compare(same, same)).as("a value agrees with itself at the strongest level").isZero();
        assertThat(comparison.compare(same, other)).as("different values do not agree exactly").isPositive();
        assertThat(comparison.prepare(List.of(" "))).as("a blank value is missing").isEmpty();
        assertThat(comparison.blockingKeys(same, "exact")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: step 3, docs/link.md describes it")
    @EnumSource(ComparisonKind.class)
    void everyKindIsDocumentedWithItsLevelsAndTransforms(ComparisonKind kind) throws IOException {
        String docs = Files.readString(Path.of("../docs/link.md"), StandardCharsets.UTF_8);
        String row = "| `" + kind.settingsName() + "` |";
        long rows = Pattern.compile(Pattern.quote(row)).matcher(docs).results().count();
        assertThat(rows).as("docs/link.md: a row for `%s` in the comparison kinds table and in the blocking "
                + "transforms table", kind.settingsName()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}: step 4, records link on it end to end")
    @EnumSource(ComparisonKind.class)
    void everyKindLinksRecordsEndToEnd(ComparisonKind kind) {
        String value = SAMPLES.get(kind).get(0);
        String other = SAMPLES.get(kind).get(1);
        List<InputRecord> records = List.of(
                new InputRecord("a", "one", Map.of("c", value)),
                new InputRecord("b", "two", Map.of("c", value)),
                new InputRecord("c", "one", Map.of("c", other)),
                new InputRecord("d", "two", Map.of()));
        LinkSettings settings = SettingsReader.read("{\"fields\": [{\"name\": \"f\", \"column\": \"c\", \"kind\": \""
                + kind.settingsName() + "\"}], \"blocking\": [[\"f:exact\"]], \"uSampleSize\": 1000}", "s.json").settings();
        LinkageResult result = new Linker(settings).link(LinkInput.of(List.of("c"), records), LinkageState.empty(),
                Progress.NONE);
        assertThat(result.clusters()).hasSize(4);
        assertThat(result.model().fields()).hasSize(1);
        assertThat(result.blocking().rules().get(0).pairs()).as("the two records with the same value are a candidate pair")
                .isEqualTo(1);
    }
}
