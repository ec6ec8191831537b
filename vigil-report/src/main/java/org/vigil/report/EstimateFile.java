package org.vigil.report;

import org.vigil.core.json.VigilJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the JSON that {@code vigil estimate --format json} writes into an estimate a report can state. */
public final class EstimateFile {

    private EstimateFile() {
    }

    /**
     * The estimate in an estimation result file.
     *
     * @param json the file's text
     * @param fileName the name to use in error messages
     * @param what what the estimate counts ("people killed")
     * @param category the violation category it belongs to, if any
     * @throws IllegalArgumentException naming the file and the missing or wrong field
     */
    public static ReportEstimate read(String json, String fileName, String what, Optional<String> category) {
        JsonNode root;
        try {
            root = VigilJson.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(fileName + ": not an estimation result (JSON): "
                    + e.getOriginalMessage() + "; write one with 'vigil estimate --format json'");
        }
        JsonNode estimate = required(root, "estimate", fileName);
        Optional<ReportEstimate.PosteriorHistogram> posterior = Optional.empty();
        JsonNode histogram = root.path("posterior").path("histogram");
        if (histogram.isObject()) {
            List<Double> mass = new ArrayList<>();
            histogram.path("mass").forEach(m -> mass.add(m.asDouble()));
            posterior = Optional.of(new ReportEstimate.PosteriorHistogram(
                    number(histogram, "start", fileName + " posterior.histogram"),
                    number(histogram, "width", fileName + " posterior.histogram"), mass));
        }
        JsonNode provenance = root.path("provenance");
        return new ReportEstimate(what, category, text(root, "method", fileName),
                (long) number(root, "observed", fileName), number(estimate, "median", fileName + " estimate"),
                number(estimate, "lower", fileName + " estimate"), number(estimate, "upper", fileName + " estimate"),
                number(estimate, "level", fileName + " estimate"), posterior,
                provenance.isMissingNode() ? "" : provenance.toString());
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' is missing; "
                    + "give a file written by 'vigil estimate --format json'");
        }
        return v;
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode v = required(node, field, where);
        if (!v.isNumber()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' is " + v + ", not a number");
        }
        return v.asDouble();
    }

    private static String text(JsonNode node, String field, String where) {
        return required(node, field, where).asString();
    }
}
