package org.vigil.link.internal.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.vigil.link.settings.SettingsReader;

import java.util.List;

/** The settings file as written: every key optional here, checked and defaulted by {@link SettingsReader}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"description", "idColumn", "sourceColumn", "mode", "ignoreColumns", "missingValues", "fields",
        "blocking", "training", "trainingPairs", "threshold", "cohesion", "reviewBand", "reviewLimit", "seed", "uSampleSize", "emIterations",
        "maxPairs", "maxBlockSize"})
public record SettingsDocument(String description, String idColumn, String sourceColumn, String mode,
                        List<String> ignoreColumns, List<String> missingValues, List<FieldDocument> fields,
                        List<List<String>> blocking, List<List<String>> training, Integer trainingPairs, Double threshold, Double cohesion, List<Double> reviewBand,
                        Integer reviewLimit, Long seed, Integer uSampleSize, Integer emIterations, Long maxPairs,
                        Integer maxBlockSize) {

    /** One field as written: {@code {"name": "surname", "column": "lname_c1", "kind": "name"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "column", "columns", "kind", "termFrequency"})
    public record FieldDocument(String name, String column, List<String> columns, String kind, Boolean termFrequency) {
    }
}
