package org.vigil.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code link} on Spark: the names {@code vigil link} uses, plus {@code --master}.
 *
 * @param inputs      one input, or two to link across
 * @param settings    the settings file (any Spark-readable path)
 * @param idColumn    the id column, when not the settings' idColumn
 * @param output      where the clusters go (a directory; Parquet when it ends in .parquet, else CSV)
 * @param threshold   match probability needed to link, overriding the settings
 * @param reviewQueue where the review queue JSON goes
 * @param state       where the linkage state JSON (clusters, model, provenance) goes
 * @param master      the Spark master, when not given by spark-submit
 * @param quiet       no progress lines
 * @param help        print the usage
 */
record SparkLinkOptions(List<String> inputs, String settings, Optional<String> idColumn, String output,
                        Optional<Double> threshold, Optional<String> reviewQueue, Optional<String> state,
                        Optional<String> master, boolean quiet, boolean help) {

    static final String USAGE = "usage: link INPUT [INPUT2] --settings FILE.json --output OUT [--id-column C] "
            + "[--threshold P] [--review-queue FILE] [--state FILE] [--master URL] [--quiet]";

    /**
     * Parses the arguments after the jar.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad value and what to do
     */
    static SparkLinkOptions parse(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("link")) {
            if (args.contains("--help") || args.contains("-h")) {
                return helpOnly();
            }
            throw new IllegalArgumentException("the first argument must be the command 'link' (got "
                    + (args.isEmpty() ? "nothing" : "'" + args.get(0) + "'") + "); " + USAGE);
        }
        List<String> inputs = new ArrayList<>();
        String settings = null;
        String id = null;
        String output = null;
        Double threshold = null;
        String review = null;
        String state = null;
        String master = null;
        boolean quiet = false;
        for (int k = 1; k < args.size(); k++) {
            String a = args.get(k);
            switch (a) {
                case "--help", "-h" -> {
                    return helpOnly();
                }
                case "--quiet" -> quiet = true;
                case "--settings" -> settings = value(args, ++k, a);
                case "--id-column" -> id = value(args, ++k, a);
                case "--output", "-o" -> output = value(args, ++k, a);
                case "--review-queue" -> review = value(args, ++k, a);
                case "--state" -> state = value(args, ++k, a);
                case "--master" -> master = value(args, ++k, a);
                case "--threshold" -> {
                    String v = value(args, ++k, a);
                    try {
                        threshold = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        threshold = Double.NaN;
                    }
                    if (!(threshold > 0 && threshold < 1)) {
                        throw new IllegalArgumentException("--threshold " + v + " is not a probability between 0 and 1");
                    }
                }
                case "--incremental", "--decisions", "--pair-budget", "--format" -> throw new IllegalArgumentException(
                        a + " is not supported on Spark yet: run vigil link on one machine for it");
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + a + "'; " + USAGE);
                    }
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty() || inputs.size() > 2) {
            throw new IllegalArgumentException("give one INPUT, or two to link across (got " + inputs.size() + "); "
                    + USAGE);
        }
        if (settings == null) {
            throw new IllegalArgumentException("missing --settings FILE.json: the Spark engine does not infer settings; "
                    + "write them with vigil link on a sample (docs/link.md)");
        }
        if (output == null) {
            throw new IllegalArgumentException("missing --output OUT: the directory the clusters are written to");
        }
        return new SparkLinkOptions(List.copyOf(inputs), settings, Optional.ofNullable(id), output,
                Optional.ofNullable(threshold), Optional.ofNullable(review), Optional.ofNullable(state),
                Optional.ofNullable(master), quiet, false);
    }

    private static SparkLinkOptions helpOnly() {
        return new SparkLinkOptions(List.of(), "", Optional.empty(), "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, true);
    }

    private static String value(List<String> args, int k, String option) {
        if (k >= args.size() || args.get(k).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args.get(k);
    }
}
