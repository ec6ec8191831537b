package org.vigil.link.settings;

import java.util.List;
import java.util.Optional;

/**
 * Everything that decides a linkage run; read from a settings file ({@link SettingsReader}) or
 * inferred from the columns ({@link SettingsInference}). Defaults are in {@link #defaults}.
 *
 * @param fields          compared fields
 * @param blocking        blocking rules, combined by union
 * @param training        blocking rules whose pairs train the m-probabilities (one EM run each; fields the
 *                        rule uses are left out of its run); empty: one rule per name, date and identifier field
 * @param trainingPairs   most pairs per training rule (records are sampled to stay under it)
 * @param ignoreColumns   columns never read (truth columns of benchmarks, free notes)
 * @param missingValues   cell values meaning "not known" besides the empty cell
 * @param mode            which pairs may match
 * @param sourceColumn    column naming each record's source, when one file holds several sources
 * @param threshold       match probability at which a pair links two clusters
 * @param cohesion        average match probability two clusters need across all their pairs to merge
 * @param reviewLower     lowest probability of a pair put in the review queue
 * @param reviewUpper     probability from which a pair is no longer uncertain
 * @param reviewLimit     most pairs in the review queue
 * @param seed            seed of the random pair sample that estimates the u-probabilities
 * @param uSampleSize     number of random pairs sampled for the u-probabilities
 * @param emIterations    most EM iterations per blocking rule
 * @param maxPairs        most candidate pairs accepted before the run stops with advice
 * @param maxBlockSize    blocks with more records than this are skipped (0: no limit): a key shared by very
 *                        many records (a common given name and a year) says little, and its pairs are made by
 *                        the other rules if they are alike; skipped blocks are reported
 */
public record LinkSettings(List<FieldSettings> fields, List<BlockingRule> blocking, List<BlockingRule> training,
                           int trainingPairs, List<String> ignoreColumns,
                           List<String> missingValues, LinkMode mode, Optional<String> sourceColumn,
                           double threshold, double cohesion, double reviewLower, double reviewUpper,
                           int reviewLimit, long seed, int uSampleSize, int emIterations, long maxPairs,
                           int maxBlockSize) {

    /** Default match threshold. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** Copies lists. */
    public LinkSettings {
        fields = List.copyOf(fields);
        blocking = List.copyOf(blocking);
        training = List.copyOf(training);
        ignoreColumns = List.copyOf(ignoreColumns);
        missingValues = List.copyOf(missingValues);
    }

    /** Settings with the given fields and blocking rules and every other value at its default. */
    public static LinkSettings defaults(List<FieldSettings> fields, List<BlockingRule> blocking) {
        return new LinkSettings(fields, blocking, List.of(), 1_000_000, List.of(), List.of("NA", "N/A", "NULL", "null", "-"),
                LinkMode.DEDUPE, Optional.empty(), DEFAULT_THRESHOLD, 0.5, 0.1, 0.9, 1000, 42L,
                1_000_000, 40, 300_000_000L, 0);
    }

    /** The same settings with another threshold (the review band's top follows it). */
    public LinkSettings withThreshold(double newThreshold) {
        return new LinkSettings(fields, blocking, training, trainingPairs, ignoreColumns, missingValues, mode,
                sourceColumn, newThreshold,
                cohesion, Math.min(reviewLower, newThreshold), Math.max(reviewUpper, newThreshold), reviewLimit, seed, uSampleSize,
                emIterations, maxPairs, maxBlockSize);
    }

    /** The same settings with other blocking rules. */
    public LinkSettings withBlocking(List<BlockingRule> newBlocking) {
        return new LinkSettings(fields, newBlocking, training, trainingPairs, ignoreColumns, missingValues, mode,
                sourceColumn, threshold, cohesion, reviewLower, reviewUpper, reviewLimit, seed, uSampleSize,
                emIterations, maxPairs, maxBlockSize);
    }

    /** The same settings with another mode. */
    public LinkSettings withMode(LinkMode newMode) {
        return new LinkSettings(fields, blocking, training, trainingPairs, ignoreColumns, missingValues, newMode,
                sourceColumn, threshold,
                cohesion, reviewLower, reviewUpper, reviewLimit, seed, uSampleSize, emIterations, maxPairs,
                maxBlockSize);
    }

    /** The field of that name. */
    public Optional<FieldSettings> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
