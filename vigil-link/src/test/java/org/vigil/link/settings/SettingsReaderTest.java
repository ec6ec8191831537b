package org.vigil.link.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.link.compare.ComparisonKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings files are read strictly, with errors that point at the bad key. */
class SettingsReaderTest {

    private static final String VALID = """
            {
              "idColumn": "rec_id",
              "fields": [
                {"name": "surname", "column": "lname", "kind": "name"},
                {"name": "born", "columns": ["by", "bm", "bd"], "kind": "date"}
              ],
              "blocking": [["surname:key", "born:year"]]
            }
            """;

    @Test
    void readsFieldsBlockingAndDefaults() {
        SettingsReader.Loaded loaded = SettingsReader.read(VALID, "s.json");
        LinkSettings s = loaded.settings();
        assertThat(loaded.idColumn()).contains("rec_id");
        assertThat(s.fields()).extracting(FieldSettings::kind).containsExactly(ComparisonKind.NAME, ComparisonKind.DATE);
        assertThat(s.fields().get(0).termFrequency()).isTrue();
        assertThat(s.blocking().get(0).toString()).isEqualTo("surname:key & born:year");
        assertThat(s.threshold()).isEqualTo(LinkSettings.DEFAULT_THRESHOLD);
        assertThat(s.mode()).isEqualTo(LinkMode.DEDUPE);
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheKnownKeys() {
        String json = VALID.replace("\"blocking\"", "\"treshold\": 0.8,\n  \"blocking\"");
        assertThatThrownBy(() -> SettingsReader.read(json, "s.json"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("s.json:7: column 3, $.treshold")
                .hasMessageContaining("unknown key 'treshold'")
                .hasMessageContaining("threshold");
    }

    @Test
    void anUnknownKeyInsideAFieldIsFoundToo() {
        assertThatThrownBy(() -> SettingsReader.read(VALID.replace("\"kind\": \"date\"", "\"knd\": \"date\""), "s.json"))
                .hasMessageContaining("s.json:5")
                .hasMessageContaining("$.fields[1].knd")
                .hasMessageContaining("known keys here are column, columns, kind, name, termFrequency");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        assertThatThrownBy(() -> SettingsReader.read(VALID.replace("\"rec_id\",", "\"rec_id\""), "s.json"))
                .hasMessageContaining("s.json:3")
                .hasMessageContaining("not valid settings JSON");
    }

    @Test
    void anUnknownKindListsTheKinds() {
        assertThatThrownBy(() -> SettingsReader.read(VALID.replace("\"kind\": \"name\"", "\"kind\": \"surname\""), "s.json"))
                .hasMessageContaining("$.fields[0].kind")
                .hasMessageContaining("kind 'surname' is unknown")
                .hasMessageContaining("person_name");
    }

    @Test
    void aBlockingKeyMustNameAFieldAndATransformOfItsKind() {
        assertThatThrownBy(() -> SettingsReader.read(VALID.replace("born:year", "born:metaphone"), "s.json"))
                .hasMessageContaining("$.blocking[0][1]")
                .hasMessageContaining("a date field has no transform 'metaphone'");
        assertThatThrownBy(() -> SettingsReader.read(VALID.replace("surname:key", "family:key"), "s.json"))
                .hasMessageContaining("names no field");
    }

    @Test
    void aThresholdMustBeAProbability() {
        assertThatThrownBy(() -> SettingsReader.read(VALID.replace("\"blocking\"", "\"threshold\": 1.5, \"blocking\""), "s.json"))
                .hasMessageContaining("$.threshold: 1.5 is not a probability");
    }

    @Test
    void writtenSettingsReadBackEqual() {
        LinkSettings s = SettingsReader.read(VALID, "s.json").settings();
        assertThat(SettingsReader.read(SettingsReader.write(s, Optional.of("rec_id")), "again.json").settings())
                .isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RLdata10000", "dataset3", "febrl4", "fake_1000", "kazakh_russian"})
    void everyShippedExampleIsValid(String name) {
        Path file = Path.of("..", "examples", "linkage", name + ".json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), file + " absent: skipping");
        assertThat(SettingsReader.read(file).settings().fields()).isNotEmpty();
    }
}
