package org.vigil.link.internal.model;

import org.vigil.link.internal.block.Blocker;
import org.vigil.link.internal.block.CandidatePairs;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.model.FieldParameters;
import org.vigil.link.model.LevelParameters;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link FellegiSunterModel} without labels: u-probabilities from random pairs, m-probabilities
 * by EM on each training rule's pairs (averaged over the rules that leave the field free), reviewed
 * "same" pairs folded in as labelled matches, then the prior from the expected number of matches.
 */
public final class ModelEstimator {

    /** Weight of the EM estimate, in pseudo-pairs, when reviewed matches refine an m-probability. */
    static final double EM_PSEUDO_PAIRS = 50;

    private ModelEstimator() {
    }

    /**
     * Fits the model.
     *
     * @param records         the prepared records
     * @param pairs           the candidate pairs with their comparison vectors
     * @param settings        the run's settings
     * @param totalPairs      all pairs the mode allows (for the prior)
     * @param reviewedMatches comparison vectors of pairs a reviewer marked "same"
     */
    public static FellegiSunterModel fit(PreparedRecords records, CandidatePairs pairs, LinkSettings settings,
                                         long totalPairs, List<Integer> reviewedMatches) {
        long[][] uCounts = USampler.sample(records, settings.uSampleSize(), settings.seed(), settings.mode());
        List<BlockingRule> rules = settings.training().isEmpty() ? defaultTraining(records.fields()) : settings.training();
        List<Training> training = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            // a rule leaving fewer than two fields free is skipped by the fit: no need to make its pairs
            if (freeFields(rules.get(r), records.fields()) >= 2) {
                int[] rulePatterns = trainingPatterns(records, rules.get(r), settings, r);
                training.add(new Training(rules.get(r), PatternCounts.of(rulePatterns, rulePatterns.length)));
            }
        }
        return fitCounts(shapeOf(records), settings, uCounts, training,
                PatternCounts.of(patternsOf(pairs), pairs.size()), totalPairs, reviewedMatches);
    }

    /** What the fit needs of the comparisons: the fields, their levels, and how a comparison vector encodes them. */
    public interface Shape {
        /** Number of compared fields. */
        int fieldCount();

        /** The settings of field {@code f}. */
        FieldSettings field(int f);

        /** The labels of field {@code f}'s levels, strongest agreement first. */
        List<String> levelLabels(int f);

        /** The levels of field {@code f} that say two definite values disagree. */
        List<Integer> contradicting(int f);

        /** The level of field {@code f} in an encoded comparison vector; -1 for missing. */
        int levelOf(int pattern, int f);
    }

    /** The shape of prepared records' comparisons. */
    public static Shape shapeOf(PreparedRecords records) {
        return new Shape() {
            @Override
            public int fieldCount() {
                return records.fieldCount();
            }

            @Override
            public FieldSettings field(int f) {
                return records.fields().get(f);
            }

            @Override
            public List<String> levelLabels(int f) {
                return records.comparison(f).levels();
            }

            @Override
            public List<Integer> contradicting(int f) {
                return records.comparison(f).contradicting();
            }

            @Override
            public int levelOf(int pattern, int f) {
                return records.levelOf(pattern, f);
            }
        };
    }

    /**
     * A training rule's pairs, as counted comparison vectors.
     *
     * @param rule   the rule
     * @param counts its pairs' comparison vectors, counted
     */
    public record Training(BlockingRule rule, PatternCounts counts) {
    }

    /**
     * Fits the model from counts: the u sample's level counts per field, each training rule's comparison
     * vectors and all candidate pairs' vectors. The one fit both engines use — the single-machine engine
     * counts in memory, the Spark engine on its workers.
     *
     * @param shape           the comparisons' fields and levels
     * @param settings        the run's settings
     * @param uCounts         per field and level, how many of the random pairs fell there
     * @param training        the training rules' counted vectors
     * @param all             the candidate pairs' counted vectors
     * @param totalPairs      all pairs the mode allows (for the prior)
     * @param reviewedMatches comparison vectors of pairs a reviewer marked "same"
     */
    public static FellegiSunterModel fitCounts(Shape shape, LinkSettings settings, long[][] uCounts,
                                               List<Training> training, PatternCounts all, long totalPairs,
                                               List<Integer> reviewedMatches) {
        int fields = shape.fieldCount();
        double[][] sampled = new double[fields][];
        for (int f = 0; f < fields; f++) {
            sampled[f] = USampler.probabilities(uCounts[f]);
        }
        List<FieldSettings> fieldSettings = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            fieldSettings.add(shape.field(f));
        }
        List<Session> sessions = new ArrayList<>();
        for (Training t : training) {
            boolean[] free = new boolean[fields];
            for (int f = 0; f < fields; f++) {
                free[f] = !usesField(t.rule(), fieldSettings.get(f));
            }
            if (freeFields(t.rule(), fieldSettings) < 2) {
                // one free field cannot separate two classes: EM would not be identifiable
                continue;
            }
            if (t.counts().total() >= MIN_TRAINING_PAIRS) {
                sessions.add(new Session(t.rule(), free, t.counts(), present(t.counts().patterns(), shape)));
            }
        }
        long candidatePairs = all.total();
        double[][] u = sampled;
        double[][] m = null;
        double prior = 0;
        List<List<String>> estimatedBy = null;
        // Random pairs include a few true matches (a share equal to the prior), which inflates u for
        // strong agreement when records per person are many and the data small; u is corrected for
        // them, m refitted, and the prior re-estimated, until stable.
        for (int round = 0; round < U_CORRECTION_ROUNDS; round++) {
            estimatedBy = new ArrayList<>();
            m = estimateM(shape, sessions, all, u, settings, estimatedBy);
            refineWithReviews(shape, m, reviewedMatches, estimatedBy);
            for (int f = 0; f < fields; f++) {
                agreementNeverAgainst(m[f], u[f]);
                disagreementNeverFor(m[f], u[f], shape.contradicting(f));
            }
            prior = prior(all, shape, m, u, totalPairs, 0.01 * candidatePairs);
            u = correctedU(sampled, m, prior, settings.uSampleSize());
        }
        for (int f = 0; f < fields; f++) {
            // u moved with the last correction; hold the final pair too, and say so where it mattered
            boolean held = agreementNeverAgainst(m[f], u[f]);
            if (held || m[f].length > 1 && m[f][0] == u[f][0]) {
                estimatedBy.get(f).add("exact agreement held neutral (EM made it evidence against a match, as a value "
                        + "nearly every record shares can)");
            }
        }
        List<FieldParameters> params = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            FieldSettings fs = fieldSettings.get(f);
            List<String> labels = shape.levelLabels(f);
            List<LevelParameters> levels = new ArrayList<>();
            for (int l = 0; l < labels.size(); l++) {
                levels.add(new LevelParameters(labels.get(l), round(m[f][l]), round(u[f][l])));
            }
            params.add(new FieldParameters(fs.name(), fs.kind().settingsName(), fs.termFrequency(), estimatedBy.get(f),
                    levels));
        }
        long drawn = 0;
        for (long c : uCounts.length == 0 ? new long[0] : uCounts[0]) {
            drawn += c;
        }
        return new FellegiSunterModel(round(prior), params, drawn, candidatePairs);
    }

    /**
     * Keeps the strongest agreement level from counting against a match: when EM gives it m below u (it can,
     * for a value nearly every record shares, such as one nationality), m is raised to u and the other levels'
     * m scaled down so they still sum to 1. Agreeing exactly is then neutral, never evidence of two people.
     *
     * @return whether m was changed
     */
    static boolean agreementNeverAgainst(double[] m, double[] u) {
        if (m.length < 2 || m[0] >= u[0] || u[0] >= 1) {
            return false;
        }
        double rest = 1 - m[0];
        double scale = rest <= 0 ? 0 : (1 - u[0]) / rest;
        m[0] = u[0];
        for (int l = 1; l < m.length; l++) {
            m[l] *= scale;
        }
        return true;
    }

    /**
     * Keeps levels that say the sources disagree from counting for a match: where EM gives such a level
     * m above u (namesakes born the same year taken for one person), m is lowered to u and the excess
     * spread over the other levels in proportion. Disagreeing is then at most neutral.
     *
     * @return whether m was changed
     */
    static boolean disagreementNeverFor(double[] m, double[] u, List<Integer> contradicting) {
        double excess = 0;
        boolean[] capped = new boolean[m.length];
        for (int l : contradicting) {
            if (l < m.length && m[l] > u[l]) {
                excess += m[l] - u[l];
                m[l] = u[l];
                capped[l] = true;
            }
        }
        double rest = 0;
        for (int l = 0; l < m.length; l++) {
            rest += capped[l] ? 0 : m[l];
        }
        if (excess == 0 || rest <= 0) {
            return excess > 0;
        }
        for (int l = 0; l < m.length; l++) {
            if (!capped[l]) {
                m[l] += excess * m[l] / rest;
            }
        }
        return true;
    }

    /** Rounds of u correction; the estimates change by less than a percent after the third. */
    static final int U_CORRECTION_ROUNDS = 4;

    /** One EM run: a training rule's pairs and the fields it leaves free. */
    private record Session(BlockingRule rule, boolean[] free, PatternCounts counts, boolean[] present) {
    }

    /**
     * A level seen on fewer of a training rule's pairs than this is not estimated by that rule: a rule
     * that only makes pairs of records with full dates never sees court records' initials, and its EM
     * would give that level an m of zero (then the initials could never link anything).
     */
    static final int MIN_LEVEL_PAIRS = 5;

    private static double[][] estimateM(Shape shape, List<Session> sessions, PatternCounts all,
                                        double[][] u, LinkSettings settings, List<List<String>> estimatedBy) {
        int fields = shape.fieldCount();
        double[][] mSum = new double[fields][];
        double[][] levelRuns = new double[fields][];
        int[] runs = new int[fields];
        for (int f = 0; f < fields; f++) {
            mSum[f] = new double[u[f].length];
            levelRuns[f] = new double[u[f].length];
            estimatedBy.add(new ArrayList<>());
        }
        for (Session s : sessions) {
            ExpectationMaximisation.Fit fit = ExpectationMaximisation.run(s.counts(), shape::levelOf, u, s.free(),
                    settings.emIterations());
            long[][] seen = levelCounts(shape, s.counts(), u);
            for (int f = 0; f < fields; f++) {
                if (s.free()[f] && s.present()[f]) {
                    for (int l = 0; l < u[f].length; l++) {
                        if (seen[f][l] >= MIN_LEVEL_PAIRS) {
                            mSum[f][l] += fit.m()[f][l];
                            levelRuns[f][l]++;
                        }
                    }
                    runs[f]++;
                    estimatedBy.get(f).add(s.rule().toString());
                }
            }
        }
        boolean anyMissed = false;
        for (int f = 0; f < fields; f++) {
            anyMissed |= runs[f] == 0;
            for (int l = 0; l < u[f].length; l++) {
                anyMissed |= runs[f] > 0 && levelRuns[f][l] == 0;
            }
        }
        double[][] fallback = null;
        if (anyMissed && all.patterns().length > 0) {
            // a field (or a level) no training rule estimates: EM on all candidate pairs, all fields free
            boolean[] free = new boolean[fields];
            java.util.Arrays.fill(free, true);
            fallback = ExpectationMaximisation.run(all, shape::levelOf, u, free, settings.emIterations()).m();
            for (int f = 0; f < fields; f++) {
                if (runs[f] == 0) {
                    mSum[f] = fallback[f].clone();
                    java.util.Arrays.fill(levelRuns[f], 1);
                    runs[f] = 1;
                    estimatedBy.get(f).add("all candidate pairs (no training rule leaves this field free)");
                }
            }
        }
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            m[f] = new double[u[f].length];
            if (runs[f] == 0) {
                m[f] = ExpectationMaximisation.initialM(m[f].length);
                estimatedBy.get(f).add("default (no candidate pairs)");
                continue;
            }
            // levels the rules saw keep their share of m; unseen levels take the all-pairs estimate
            double seenShare = 0;
            double fallbackShare = 0;
            for (int l = 0; l < m[f].length; l++) {
                if (levelRuns[f][l] > 0) {
                    m[f][l] = mSum[f][l] / levelRuns[f][l];
                    seenShare += m[f][l];
                } else if (fallback != null) {
                    fallbackShare += fallback[f][l];
                }
            }
            boolean filled = false;
            for (int l = 0; l < m[f].length; l++) {
                if (levelRuns[f][l] == 0) {
                    m[f][l] = fallback == null ? 0 : fallback[f][l];
                    filled |= m[f][l] > 0;
                } else if (seenShare > 0) {
                    m[f][l] *= (1 - fallbackShare) / seenShare;
                }
            }
            if (filled) {
                estimatedBy.get(f).add("levels the training rules did not see: EM on all candidate pairs");
            }
            ExpectationMaximisation.normalise(m[f]);
        }
        return m;
    }

    /** How many of a rule's pairs fall in each level of each field. */
    private static long[][] levelCounts(Shape shape, PatternCounts counts, double[][] u) {
        long[][] seen = new long[u.length][];
        for (int f = 0; f < u.length; f++) {
            seen[f] = new long[u[f].length];
        }
        int[] patterns = counts.patterns();
        for (int p = 0; p < patterns.length; p++) {
            for (int f = 0; f < u.length; f++) {
                int l = shape.levelOf(patterns[p], f);
                if (l >= 0) {
                    seen[f][l] += counts.counts()[p];
                }
            }
        }
        return seen;
    }

    /** u = (sampled share − prior · m) / (1 − prior), floored at one pseudo-pair and renormalised. */
    private static double[][] correctedU(double[][] sampled, double[][] m, double prior, int sampleSize) {
        double[][] u = new double[sampled.length][];
        double floor = 1.0 / (sampleSize + 1.0);
        for (int f = 0; f < sampled.length; f++) {
            u[f] = new double[sampled[f].length];
            double sum = 0;
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] = Math.max((sampled[f][l] - prior * m[f][l]) / (1 - prior), floor);
                sum += u[f][l];
            }
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] /= sum;
            }
        }
        return u;
    }

    private static boolean[] present(int[] patterns, Shape shape) {
        boolean[] present = new boolean[shape.fieldCount()];
        for (int f = 0; f < present.length; f++) {
            present[f] = hasLevels(patterns, shape, f);
        }
        return present;
    }

    /** Rounds to 12 significant digits so that the JSON of a model is the same on every JVM and run. */
    static double round(double x) {
        return x == 0 ? 0 : new java.math.BigDecimal(x).round(new java.math.MathContext(12)).doubleValue();
    }

    private static void refineWithReviews(Shape shape, double[][] m, List<Integer> reviewedMatches,
                                          List<List<String>> estimatedBy) {
        if (reviewedMatches.isEmpty()) {
            return;
        }
        for (int f = 0; f < m.length; f++) {
            double[] counts = new double[m[f].length];
            int n = 0;
            for (int pattern : reviewedMatches) {
                int l = shape.levelOf(pattern, f);
                if (l >= 0) {
                    counts[l]++;
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            for (int l = 0; l < m[f].length; l++) {
                m[f][l] = (m[f][l] * EM_PSEUDO_PAIRS + counts[l]) / (EM_PSEUDO_PAIRS + n);
            }
            ExpectationMaximisation.normalise(m[f]);
            estimatedBy.get(f).add(n + " reviewed matching pairs");
        }
    }

    /**
     * The prior λ solving λ = E[matches | λ] / all pairs, where the expectation runs over the
     * candidate pairs (pairs no rule makes are taken as non-matches). Started from the rules' EM shares.
     */
    private static double prior(PatternCounts all, Shape shape, double[][] m, double[][] u,
                                long totalPairs, double expectedMatches) {
        if (totalPairs <= 0 || all.patterns().length == 0) {
            return 1e-6;
        }
        int[] patterns = all.patterns();
        double[] bayesLog = new double[patterns.length];
        for (int p = 0; p < patterns.length; p++) {
            double s = 0;
            for (int f = 0; f < m.length; f++) {
                int l = shape.levelOf(patterns[p], f);
                if (l >= 0) {
                    s += Math.log(m[f][l]) - Math.log(u[f][l]);
                }
            }
            bayesLog[p] = s;
        }
        double lambda = Math.min(Math.max(expectedMatches / totalPairs, 1e-12), 0.5);
        for (int it = 0; it < 500; it++) {
            double logPrior = Math.log(lambda / (1 - lambda));
            double expected = 0;
            for (int p = 0; p < patterns.length; p++) {
                expected += all.counts()[p] / (1.0 + Math.exp(-(logPrior + bayesLog[p])));
            }
            double next = Math.min(Math.max(expected / totalPairs, 1e-12), 0.5);
            if (Math.abs(next - lambda) <= 1e-6 * lambda) {
                lambda = next;
                break;
            }
            lambda = next;
        }
        return lambda;
    }

    /** Fewest pairs a training rule must make for its EM run to count. */
    static final int MIN_TRAINING_PAIRS = 50;

    /** One training rule per name, date, identifier and e-mail field: pairs agreeing exactly on it. */
    public static List<BlockingRule> defaultTraining(List<FieldSettings> fields) {
        List<BlockingRule> rules = new ArrayList<>();
        for (FieldSettings f : fields) {
            switch (f.kind()) {
                case NAME, DATE, IDENTIFIER, EMAIL, PERSON_NAME -> rules.add(new BlockingRule(List.of(f.name() + ":exact")));
                default -> {
                }
            }
        }
        return rules;
    }

    /**
     * The comparison vectors of a training rule's pairs; when the rule makes more pairs than
     * allowed, records are sampled (seeded) so that about {@code trainingPairs} remain.
     */
    private static int[] trainingPatterns(PreparedRecords records, BlockingRule rule, LinkSettings settings, int r) {
        Blocker full = new Blocker(records, List.of(rule), settings.mode(), null, 0);
        long rulePairs = full.report().rules().get(0).pairs();
        if (rulePairs == 0) {
            return new int[0];
        }
        boolean[] include = trainingSample(settings, r, records.size(), rulePairs);
        Blocker blocker = include == null ? full : new Blocker(records, List.of(rule), settings.mode(), include, 0);
        CandidatePairs pairs = blocker.generate(0, Long.MAX_VALUE, () -> false, done -> { });
        return patternsOf(pairs);
    }

    /**
     * Which records a training rule keeps when it makes more pairs than allowed: a seeded draw per record,
     * about sqrt(allowed / pairs) of them, so that about the allowed number of pairs remain; null when the
     * rule makes few enough pairs to keep all. The one draw both engines make.
     */
    public static boolean[] trainingSample(LinkSettings settings, int ruleIndex, int n, long rulePairs) {
        if (rulePairs <= settings.trainingPairs()) {
            return null;
        }
        double keep = Math.sqrt((double) settings.trainingPairs() / rulePairs);
        java.util.SplittableRandom random = new java.util.SplittableRandom(settings.seed() * 31 + ruleIndex);
        boolean[] include = new boolean[n];
        for (int i = 0; i < n; i++) {
            include[i] = random.nextDouble() < keep;
        }
        return include;
    }

    private static boolean hasLevels(int[] patterns, Shape shape, int f) {
        for (int p : patterns) {
            if (shape.levelOf(p, f) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int freeFields(BlockingRule rule, List<FieldSettings> fields) {
        int free = 0;
        for (FieldSettings f : fields) {
            free += usesField(rule, f) ? 0 : 1;
        }
        return free;
    }

    private static boolean usesField(BlockingRule rule, FieldSettings field) {
        return rule.keys().stream().anyMatch(k -> BlockingRule.fieldOf(k).equals(field.name()));
    }

    private static int[] patternsOf(CandidatePairs pairs) {
        int[] out = new int[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            out[k] = pairs.pattern(k);
        }
        return out;
    }
}
