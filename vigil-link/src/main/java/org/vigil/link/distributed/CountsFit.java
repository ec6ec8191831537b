package org.vigil.link.distributed;

import org.vigil.link.internal.model.ExpectationMaximisation;
import org.vigil.link.internal.model.PatternCounts;
import org.vigil.link.internal.model.USampler;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.model.FieldParameters;
import org.vigil.link.model.LevelParameters;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits the Fellegi–Sunter model from counts a cluster aggregated: the u sample's comparison vectors, each training
 * rule's comparison vectors with their counts, and all candidate pairs' vectors. The estimation is
 * {@code ModelEstimator.fit}'s, step for step (that class takes records and pairs in memory, this one their
 * counts); EM itself is vigil-link's {@link ExpectationMaximisation}. vigil-spark's SparkLinkTest checks that both
 * give the same model, so a change to the single-machine fit that is not made here fails that test.
 */
public final class CountsFit {

    /** As ModelEstimator: weight of the EM estimate in pseudo-pairs, rounds of u correction, fewest pairs. */
    private static final double EM_PSEUDO_PAIRS = 50;
    private static final int U_CORRECTION_ROUNDS = 4;
    private static final int MIN_LEVEL_PAIRS = 5;
    private static final int MIN_TRAINING_PAIRS = 50;

    private CountsFit() {
    }

    /**
     * Counted comparison vectors.
     *
     * @param patterns the encoded vectors, ascending
     * @param counts   how many pairs have each
     */
    public record Counts(int[] patterns, long[] counts) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** No pairs. */
        public static Counts none() {
            return new Counts(new int[0], new long[0]);
        }

        PatternCounts asPatternCounts() {
            return new PatternCounts(patterns, counts);
        }
    }

    /**
     * Fits the model.
     *
     * @param plan            the run's plan (fields, levels, settings)
     * @param uPatterns       comparison vectors of the random pairs, counted
     * @param training        per training rule of {@link LinkPlan#trainingRules()}, its pairs' vectors counted
     * @param all             the candidate pairs' vectors counted
     * @param totalPairs      all pairs the mode allows (for the prior)
     * @param reviewedMatches comparison vectors of pairs a reviewer marked "same"
     */
    public static FellegiSunterModel fit(LinkPlan plan, Counts uPatterns, List<Counts> training, Counts all,
                                         long totalPairs, List<Integer> reviewedMatches) {
        LinkSettings settings = plan.settings();
        int fields = plan.fieldCount();
        long[][] uCounts = new long[fields][];
        for (int f = 0; f < fields; f++) {
            uCounts[f] = new long[plan.levels(f)];
        }
        for (int p = 0; p < uPatterns.patterns().length; p++) {
            for (int f = 0; f < fields; f++) {
                int level = plan.levelOf(uPatterns.patterns()[p], f);
                if (level >= 0) {
                    uCounts[f][level] += uPatterns.counts()[p];
                }
            }
        }
        double[][] sampled = new double[fields][];
        for (int f = 0; f < fields; f++) {
            sampled[f] = USampler.probabilities(uCounts[f]);
        }
        List<BlockingRule> rules = plan.trainingRules();
        List<Session> sessions = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            BlockingRule rule = rules.get(r);
            boolean[] free = new boolean[fields];
            int freeCount = 0;
            for (int f = 0; f < fields; f++) {
                free[f] = !usesField(rule, settings.fields().get(f));
                freeCount += free[f] ? 1 : 0;
            }
            if (freeCount < 2) {
                continue;
            }
            PatternCounts counts = training.get(r).asPatternCounts();
            if (counts.total() >= MIN_TRAINING_PAIRS) {
                boolean[] present = new boolean[fields];
                for (int f = 0; f < fields; f++) {
                    for (int p : counts.patterns()) {
                        present[f] |= plan.levelOf(p, f) >= 0;
                    }
                }
                sessions.add(new Session(rule, free, counts, present));
            }
        }
        PatternCounts allCounts = all.asPatternCounts();
        long candidatePairs = allCounts.total();
        double[][] u = sampled;
        double[][] m = null;
        double prior = 0;
        List<List<String>> estimatedBy = null;
        for (int round = 0; round < U_CORRECTION_ROUNDS; round++) {
            estimatedBy = new ArrayList<>();
            m = estimateM(plan, sessions, allCounts, u, settings, estimatedBy);
            refineWithReviews(plan, m, reviewedMatches, estimatedBy);
            for (int f = 0; f < fields; f++) {
                agreementNeverAgainst(m[f], u[f]);
            }
            prior = prior(allCounts, plan, m, u, totalPairs, 0.01 * candidatePairs);
            u = correctedU(sampled, m, prior, settings.uSampleSize());
        }
        for (int f = 0; f < fields; f++) {
            boolean held = agreementNeverAgainst(m[f], u[f]);
            if (held || m[f].length > 1 && m[f][0] == u[f][0]) {
                estimatedBy.get(f).add("exact agreement held neutral (EM made it evidence against a match, as a value "
                        + "nearly every record shares can)");
            }
        }
        List<FieldParameters> params = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            FieldSettings fs = settings.fields().get(f);
            List<String> labels = plan.levelLabels(f);
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

    private record Session(BlockingRule rule, boolean[] free, PatternCounts counts, boolean[] present) {
    }

    private static boolean agreementNeverAgainst(double[] m, double[] u) {
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

    private static double[][] estimateM(LinkPlan plan, List<Session> sessions, PatternCounts all, double[][] u,
                                        LinkSettings settings, List<List<String>> estimatedBy) {
        int fields = plan.fieldCount();
        double[][] mSum = new double[fields][];
        double[][] levelRuns = new double[fields][];
        int[] runs = new int[fields];
        for (int f = 0; f < fields; f++) {
            mSum[f] = new double[u[f].length];
            levelRuns[f] = new double[u[f].length];
            estimatedBy.add(new ArrayList<>());
        }
        for (Session s : sessions) {
            ExpectationMaximisation.Fit fit = ExpectationMaximisation.run(s.counts(), plan::levelOf, u, s.free(),
                    settings.emIterations());
            long[][] seen = levelCounts(plan, s.counts(), u);
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
            boolean[] free = new boolean[fields];
            Arrays.fill(free, true);
            fallback = ExpectationMaximisation.run(all, plan::levelOf, u, free, settings.emIterations()).m();
            for (int f = 0; f < fields; f++) {
                if (runs[f] == 0) {
                    mSum[f] = fallback[f].clone();
                    Arrays.fill(levelRuns[f], 1);
                    runs[f] = 1;
                    estimatedBy.get(f).add("all candidate pairs (no training rule leaves this field free)");
                }
            }
        }
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            m[f] = new double[u[f].length];
            if (runs[f] == 0) {
                m[f] = initialM(m[f].length);
                estimatedBy.get(f).add("default (no candidate pairs)");
                continue;
            }
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
            normalise(m[f]);
        }
        return m;
    }

    private static long[][] levelCounts(LinkPlan plan, PatternCounts counts, double[][] u) {
        long[][] seen = new long[u.length][];
        for (int f = 0; f < u.length; f++) {
            seen[f] = new long[u[f].length];
        }
        int[] patterns = counts.patterns();
        for (int p = 0; p < patterns.length; p++) {
            for (int f = 0; f < u.length; f++) {
                int l = plan.levelOf(patterns[p], f);
                if (l >= 0) {
                    seen[f][l] += counts.counts()[p];
                }
            }
        }
        return seen;
    }

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

    private static double round(double x) {
        return x == 0 ? 0 : new BigDecimal(x).round(new MathContext(12)).doubleValue();
    }

    private static void refineWithReviews(LinkPlan plan, double[][] m, List<Integer> reviewedMatches,
                                          List<List<String>> estimatedBy) {
        if (reviewedMatches.isEmpty()) {
            return;
        }
        for (int f = 0; f < m.length; f++) {
            double[] counts = new double[m[f].length];
            int n = 0;
            for (int pattern : reviewedMatches) {
                int l = plan.levelOf(pattern, f);
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
            normalise(m[f]);
            estimatedBy.get(f).add(n + " reviewed matching pairs");
        }
    }

    private static double prior(PatternCounts all, LinkPlan plan, double[][] m, double[][] u, long totalPairs,
                                double expectedMatches) {
        if (totalPairs <= 0 || all.patterns().length == 0) {
            return 1e-6;
        }
        int[] patterns = all.patterns();
        double[] bayesLog = new double[patterns.length];
        for (int p = 0; p < patterns.length; p++) {
            double s = 0;
            for (int f = 0; f < m.length; f++) {
                int l = plan.levelOf(patterns[p], f);
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

    /** EM's starting m: ExpectationMaximisation's own, read from a run of no iterations. */
    private static double[] initialM(int levels) {
        return ExpectationMaximisation.run(new PatternCounts(new int[0], new long[0]), (p, f) -> -1,
                new double[][]{new double[levels]}, new boolean[]{true}, 0).m()[0];
    }

    /** As ExpectationMaximisation.normalise (package-private there): shares summing to 1, each at least 1e-6. */
    private static void normalise(double[] p) {
        double sum = Arrays.stream(p).sum();
        if (sum <= 0) {
            Arrays.fill(p, 1.0 / p.length);
            return;
        }
        double total = 0;
        for (int l = 0; l < p.length; l++) {
            p[l] = Math.max(p[l] / sum, 1e-6);
            total += p[l];
        }
        for (int l = 0; l < p.length; l++) {
            p[l] /= total;
        }
    }

    private static boolean usesField(BlockingRule rule, FieldSettings field) {
        return rule.keys().stream().anyMatch(k -> BlockingRule.fieldOf(k).equals(field.name()));
    }
}
