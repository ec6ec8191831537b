package org.vigil.estimate;

import org.vigil.core.provenance.InputDigest;
import org.vigil.core.provenance.Provenance;
import org.vigil.core.run.Progress;
import org.vigil.estimate.baseline.BaselineDiagnostics;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.StratifiedHistory;
import org.vigil.estimate.dga.DgaDiagnostics;
import org.vigil.estimate.internal.baseline.ChaoLowerBound;
import org.vigil.estimate.internal.baseline.ClosedFormEstimate;
import org.vigil.estimate.internal.baseline.LincolnPetersen;
import org.vigil.estimate.internal.dga.DgaEstimator;
import org.vigil.estimate.internal.lcmcr.ConvergenceDiagnostics;
import org.vigil.estimate.internal.lcmcr.LcmcrSampler;
import org.vigil.estimate.internal.loglinear.LoglinearEstimator;
import org.vigil.estimate.internal.loglinear.ModelCatalogue;
import org.vigil.estimate.internal.math.ChiSquareQuantile;
import org.vigil.estimate.internal.math.Quantiles;
import org.vigil.estimate.internal.math.Variates;
import org.vigil.estimate.lcmcr.LcmcrDiagnostics;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearFit;
import org.vigil.estimate.result.ChainTrace;
import org.vigil.estimate.result.Diagnostics;
import org.vigil.estimate.result.Estimate;
import org.vigil.estimate.result.EstimateResult;
import org.vigil.estimate.result.Histogram;
import org.vigil.estimate.result.ListSummary;
import org.vigil.estimate.result.Posterior;
import org.vigil.estimate.result.StratumResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The library entry point: estimates the total number of people from capture histories with the
 * requested method, per stratum when the input is stratified (posteriors combined draw by draw),
 * and returns a result with diagnostics and provenance. Thread-safe; one call per estimation.
 */
public final class EstimationEngine {

    private static final int HISTOGRAM_BINS = 60;
    private static final int TRACE_POINTS = 500;

    /** Estimates from data read from a file or built in memory. */
    public EstimateResult estimate(CaptureData data, EstimationRequest request, Progress control) {
        StratifiedHistory history = data.history();
        if (!request.lists().isEmpty()) {
            Map<String, CaptureHistory> selected = new LinkedHashMap<>();
            history.asMap().forEach((s, h) -> selected.put(s, h.select(request.lists())));
            history = history.stratified() ? StratifiedHistory.of(selected)
                    : StratifiedHistory.single(selected.values().iterator().next());
        }
        Method method = request.method();
        List<String> strata = history.strataNames();
        SplittableRandom seeds = new SplittableRandom(request.seed());
        List<Outcome> outcomes = new ArrayList<>();
        for (String name : strata) {
            long seed = history.stratified() ? seeds.nextLong() : request.seed();
            CaptureHistory h = history.stratum(name).orElseThrow();
            outcomes.add(estimateOne(h, request, seed, control));
        }
        CaptureHistory pooled = history.pooled();
        Outcome total = outcomes.size() == 1 && !history.stratified() ? outcomes.get(0)
                : combine(outcomes, method, request.level());
        List<StratumResult> strataResults = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (history.stratified()) {
            for (int i = 0; i < strata.size(); i++) {
                Outcome o = outcomes.get(i);
                strataResults.add(new StratumResult(strata.get(i), o.observed, o.estimate, o.diagnostics, o.warnings));
                for (String w : o.warnings) {
                    warnings.add("stratum " + strata.get(i) + ": " + w);
                }
            }
        } else {
            warnings.addAll(total.warnings);
        }
        List<ListSummary> lists = new ArrayList<>();
        for (int j = 0; j < pooled.listCount(); j++) {
            long on = pooled.listTotal(j);
            lists.add(new ListSummary(pooled.lists().get(j), on, on / total.estimate.median()));
        }
        Provenance provenance = Provenance.of(method.cliName(), settings(request, pooled, history), request.seed(),
                List.of(new InputDigest(data.source(), data.inputSha256())));
        Optional<Diagnostics> diagnostics = history.stratified() ? Optional.empty() : Optional.of(total.diagnostics);
        return new EstimateResult(method.cliName(), pooled.observed(), total.estimate, lists, diagnostics,
                total.posterior, strataResults, warnings, provenance, total.draws);
    }

    /** One stratum's (or the whole input's) outcome. */
    private record Outcome(long observed, Estimate estimate, Diagnostics diagnostics, List<String> warnings,
                           long[] draws, Optional<Posterior> posterior, double stderr, long[][] chains) {
    }

    private Outcome estimateOne(CaptureHistory h, EstimationRequest request, long seed, Progress control) {
        switch (request.method()) {
            case LCMCR:
                return lcmcr(h, request.lcmcr(), request.level(), seed, control);
            case LOGLINEAR:
                return loglinear(h, request, control);
            case DGA:
                return dga(h, request, seed, control);
            case LINCOLN_PETERSEN:
                return closedForm(h, LincolnPetersen.estimate(h), request.level(),
                        new BaselineDiagnostics("Chapman (1951) Lincoln-Petersen, Seber (1970) variance",
                                LincolnPetersen.estimate(h).stderr(), LincolnPetersen.statistics(h)));
            case CHAO:
                return closedForm(h, ChaoLowerBound.estimate(h), request.level(),
                        new BaselineDiagnostics("Chao (1987) lower bound", ChaoLowerBound.estimate(h).stderr(),
                                ChaoLowerBound.statistics(h)));
            default:
                throw new IllegalStateException("unhandled method " + request.method());
        }
    }

    private Outcome closedForm(CaptureHistory h, ClosedFormEstimate e, double level, BaselineDiagnostics d) {
        return new Outcome(h.observed(), e.toEstimate(level), d, List.of(), new long[0], Optional.empty(),
                e.stderr(), new long[0][]);
    }

    private Outcome lcmcr(CaptureHistory h, LcmcrSettings settings, double level, long seed, Progress control) {
        LcmcrSampler.Draws draws = new LcmcrSampler(settings).run(h, seed, control);
        long[] pooled = draws.pooled();
        double rHat = ConvergenceDiagnostics.splitRHat(draws.chains());
        double ess = ConvergenceDiagnostics.effectiveSampleSize(draws.chains());
        List<Double> chainMedians = new ArrayList<>();
        for (long[] c : draws.chains()) {
            chainMedians.add(Quantiles.of(c, 0.5));
        }
        LcmcrDiagnostics d = new LcmcrDiagnostics(rHat, ess, chainMedians, draws.capHits(), draws.cap(),
                draws.meanOccupiedClasses(), draws.meanAlpha(), pooled.length);
        List<String> warnings = new ArrayList<>();
        if (settings.chains() > 1 && rHat > 1.05) {
            warnings.add(String.format(Locale.ROOT, "chains disagree (split R-hat %.3f > 1.05): run longer "
                    + "(--burn-in, --samples) before using this estimate", rHat));
        }
        if (ess < 400) {
            warnings.add(String.format(Locale.ROOT, "only %.0f effective draws of N: interval ends are imprecise; "
                    + "run longer (--samples, --thinning)", ess));
        }
        long sweeps = settings.sweepsPerChain() * settings.chains();
        if (draws.capHits() > 0) {
            warnings.add(String.format(Locale.ROOT, "the unobserved count pressed against its cap of %d (%.0fn) in %d "
                    + "of %d sweeps: the lists say little about who is missing and the upper end is cut by the cap",
                    draws.cap(), settings.capFactor(), draws.capHits(), sweeps));
        }
        return bayesianOutcome(h.observed(), pooled, d, warnings, draws.chains(), level);
    }

    private Outcome bayesianOutcome(long observed, long[] pooled, Diagnostics d, List<String> warnings,
                                    long[][] chains, double level) {
        long[] sorted = pooled.clone();
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        Estimate estimate = new Estimate(Quantiles.ofSorted(sorted, 0.5), Quantiles.mean(pooled),
                Quantiles.ofSorted(sorted, tail), Quantiles.ofSorted(sorted, 1 - tail), level);
        List<ChainTrace> traces = new ArrayList<>();
        for (int c = 0; c < chains.length; c++) {
            int step = Math.max(1, (chains[c].length + TRACE_POINTS - 1) / TRACE_POINTS);
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < chains[c].length; i += step) {
                values.add(chains[c][i]);
            }
            traces.add(new ChainTrace(c + 1, step, values));
        }
        Posterior posterior = new Posterior(Histogram.ofDraws(pooled, HISTOGRAM_BINS), traces);
        return new Outcome(observed, estimate, d, warnings, pooled, Optional.of(posterior), Double.NaN, chains);
    }

    private Outcome loglinear(CaptureHistory h, EstimationRequest request, Progress control) {
        LoglinearEstimator.Outcome o = new LoglinearEstimator(request.loglinear()).estimate(h, request.level(), control);
        LoglinearFit fit = o.fit();
        List<String> warnings = new ArrayList<>(fit.notes());
        double upper = o.interval().upper();
        if (!o.interval().upperBounded()) {
            upper = 3 * fit.abundance();
            warnings.add(String.format(Locale.ROOT, "the profile-likelihood interval has no upper end below 3N̂ = %.0f;"
                    + " 'upper' reports that search limit", upper));
        }
        Estimate e = new Estimate(fit.abundance(), fit.abundance(), o.interval().lower(), upper, request.level());
        return new Outcome(h.observed(), e, o.diagnostics(), warnings, new long[0], Optional.empty(), fit.stderr(),
                new long[0][]);
    }

    private Outcome dga(CaptureHistory h, EstimationRequest request, long seed, Progress control) {
        DgaEstimator.Posterior p = new DgaEstimator(request.dga()).posterior(h, control);
        double tail = (1 - request.level()) / 2;
        Estimate e = new Estimate(p.quantile(0.5), p.mean(), p.quantile(tail), p.quantile(1 - tail), request.level());
        double[] prob = p.probability();
        int edge = Math.max(1, prob.length / 100);
        double nearEnd = 0;
        for (int i = prob.length - edge; i < prob.length; i++) {
            nearEnd += prob[i];
        }
        DgaDiagnostics d = new DgaDiagnostics(p.delta(), request.dga().unobservedMin(), p.unobservedMax(),
                p.models().size(), p.models().subList(0, Math.min(10, p.models().size())), nearEnd);
        List<String> warnings = new ArrayList<>();
        if (nearEnd > 1e-3) {
            warnings.add(String.format(Locale.ROOT, "%.3f of the posterior lies in the top 1%% of the grid of unobserved"
                    + " counts (up to %d): raise --unobserved-max", nearEnd, p.unobservedMax()));
        }
        if (prob[0] > 1e-3 && request.dga().unobservedMin() > 0) {
            warnings.add("posterior mass at the grid start: lower --unobserved-min");
        }
        // Draws by inverse CDF, only used to combine strata draw by draw.
        Variates random = Variates.seeded(seed);
        double[] cdf = new double[prob.length];
        double acc = 0;
        for (int i = 0; i < prob.length; i++) {
            acc += prob[i];
            cdf[i] = acc;
        }
        long[] draws = new long[request.dga().draws()];
        for (int i = 0; i < draws.length; i++) {
            int at = Arrays.binarySearch(cdf, random.uniform() * acc);
            draws[i] = p.firstTotal() + Math.min(at >= 0 ? at : -at - 1, prob.length - 1);
        }
        Posterior posterior = new Posterior(Histogram.ofProbabilities(p.firstTotal(), prob, HISTOGRAM_BINS), List.of());
        return new Outcome(h.observed(), e, d, warnings, draws, Optional.of(posterior), Double.NaN, new long[0][]);
    }

    private Outcome combine(List<Outcome> parts, Method method, double level) {
        long observed = 0;
        for (Outcome o : parts) {
            observed += o.observed;
        }
        if (method.bayesian()) {
            int length = parts.get(0).draws.length;
            long[] sum = new long[length];
            for (Outcome o : parts) {
                for (int i = 0; i < length; i++) {
                    sum[i] += o.draws[i];
                }
            }
            long[][] chains = new long[0][];
            if (method == Method.LCMCR) {
                int k = parts.get(0).chains.length;
                chains = new long[k][];
                for (int c = 0; c < k; c++) {
                    chains[c] = new long[parts.get(0).chains[c].length];
                    for (Outcome o : parts) {
                        for (int i = 0; i < chains[c].length; i++) {
                            chains[c][i] += o.chains[c][i];
                        }
                    }
                }
            }
            Outcome o = bayesianOutcome(observed, sum, new CombinedDiagnostics(parts.size()), List.of(), chains, level);
            return o;
        }
        // Frequentist strata: N̂ and variances add; log-normal interval on the summed unobserved count.
        double total = 0;
        double variance = 0;
        for (Outcome o : parts) {
            total += o.estimate.median();
            variance += o.stderr * o.stderr;
        }
        ClosedFormEstimate e = new ClosedFormEstimate(observed, total - observed, Math.sqrt(variance));
        return new Outcome(observed, e.toEstimate(level), new CombinedDiagnostics(parts.size()), List.of(),
                new long[0], Optional.empty(), Math.sqrt(variance), new long[0][]);
    }

    /**
     * Diagnostics of a combination of strata (each stratum's own are in {@code strata}).
     *
     * @param strata how many strata were combined
     */
    public record CombinedDiagnostics(int strata) implements Diagnostics {
    }

    private static Map<String, Object> settings(EstimationRequest request, CaptureHistory pooled,
                                                StratifiedHistory history) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("level", request.level());
        s.put("lists", pooled.lists());
        if (history.stratified()) {
            s.put("strata", history.strataNames());
        }
        switch (request.method()) {
            case LCMCR: {
                LcmcrSettings l = request.lcmcr();
                s.put("latentClasses", l.latentClasses());
                s.put("chains", l.chains());
                s.put("burnIn", l.burnIn());
                s.put("samples", l.samples());
                s.put("thinning", l.thinning());
                s.put("alphaPrior", List.of(l.alphaShape(), l.alphaRate()));
                s.put("capFactor", l.capFactor());
                break;
            }
            case LOGLINEAR:
                s.put("model", request.loglinear().model().orElse("best hierarchical model by BIC"));
                s.put("maxOrder", request.loglinear().maxOrder().orElse(
                        Math.min(ModelCatalogue.of(pooled).defaultMaxOrder(), pooled.listCount() - 1)));
                if (request.loglinear().model().isEmpty()) {
                    s.put("maxModels", request.loglinear().maxModels());
                }
                s.put("interval", "multinomial profile likelihood");
                break;
            case DGA:
                s.put("delta", request.dga().deltaFor(pooled.listCount()));
                s.put("unobservedMin", request.dga().unobservedMin());
                s.put("unobservedMax", request.dga().unobservedMax().isPresent()
                        ? (Object) request.dga().unobservedMax().getAsLong() : "20n");
                s.put("prior", "p(N) proportional to 1/N; uniform over decomposable graphs");
                if (history.stratified()) {
                    s.put("drawsPerStratum", request.dga().draws());
                }
                break;
            default:
                s.put("interval", "log-normal, Chao (1987)");
                s.put("z", ChiSquareQuantile.normal((1 + request.level()) / 2));
                break;
        }
        return s;
    }
}
