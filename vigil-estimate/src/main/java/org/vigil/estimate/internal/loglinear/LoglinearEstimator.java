package org.vigil.estimate.internal.loglinear;

import org.vigil.core.run.Progress;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;
import org.vigil.estimate.loglinear.LoglinearDiagnostics;
import org.vigil.estimate.loglinear.LoglinearFit;
import org.vigil.estimate.loglinear.LoglinearSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The log-linear method: fit a given model, or search all hierarchical models and take the best
 * by BIC; report N̂, its standard error and a profile-likelihood interval.
 */
public final class LoglinearEstimator {

    private final LoglinearSettings settings;

    /** An estimator with these settings. */
    public LoglinearEstimator(LoglinearSettings settings) {
        this.settings = settings;
    }

    /**
     * The chosen model's fit and interval.
     *
     * @param fit the fit
     * @param interval the profile-likelihood interval
     * @param diagnostics everything else worth showing
     */
    public record Outcome(LoglinearFit fit, ModelFitter.ProfileInterval interval, LoglinearDiagnostics diagnostics) {
    }

    /** Runs the method on one history. */
    public Outcome estimate(CaptureHistory history, double level, Progress control) {
        ModelCatalogue catalogue = ModelCatalogue.of(history);
        ModelFitter fitter = new ModelFitter(history);
        List<LoglinearFit> ranking = new ArrayList<>();
        int searched = 0;
        LoglinearModel chosen;
        String selectedBy;
        if (settings.model().isPresent()) {
            chosen = catalogue.parse(settings.model().get());
            selectedBy = "given";
        } else {
            int maxOrder = Math.min(settings.maxOrder().orElse(catalogue.defaultMaxOrder()), history.listCount() - 1);
            List<LoglinearModel> models = searchable(catalogue, history.listCount(), maxOrder);
            List<ModelResult> results = new ArrayList<>();
            for (int i = 0; i < models.size(); i++) {
                if ((i & 63) == 0) {
                    control.stopIfCancelled();
                    control.step("loglinear models", i, models.size());
                }
                LoglinearFit fit = fitter.fit(models.get(i));
                if (fit.converged() && Double.isFinite(fit.bic())) {
                    results.add(new ModelResult(models.get(i), fit));
                }
            }
            control.step("loglinear models", models.size(), models.size());
            searched = models.size();
            if (results.isEmpty()) {
                throw new EstimationInputException("no log-linear model could be fitted to these data: try lcmcr");
            }
            // List.sort is stable: equal BICs keep enumeration order (simpler models first).
            results.sort(Comparator.comparingDouble((ModelResult r) -> r.fit.bic()));
            chosen = results.get(0).model;
            selectedBy = "BIC";
            for (int i = 0; i < Math.min(10, results.size()); i++) {
                ranking.add(results.get(i).fit);
            }
        }
        LoglinearFit fit = fitter.fit(chosen);
        if (!fit.converged()) {
            throw new EstimationInputException("the model " + chosen.name()
                    + " could not be fitted (no finite maximum likelihood): choose a simpler model");
        }
        ModelFitter.ProfileInterval interval = fitter.profileInterval(chosen, fit.abundance(), level);
        List<LoglinearFit> menu = new ArrayList<>();
        for (LoglinearModel m : catalogue.closedpMenu()) {
            menu.add(fitter.fit(m));
        }
        LoglinearDiagnostics diagnostics = new LoglinearDiagnostics(chosen.name(), selectedBy, fit,
                interval.maximum(), interval.upperBounded(), searched, ranking, menu);
        return new Outcome(fit, interval, diagnostics);
    }

    private List<LoglinearModel> searchable(ModelCatalogue catalogue, int lists, int maxOrder) {
        try {
            return catalogue.hierarchical(maxOrder, settings.maxModels());
        } catch (ModelCatalogue.TooManyModels e) {
            String count = e.count() == Long.MAX_VALUE ? "more than 9.2e18"
                    : (e.exact() ? "" : "at least ") + String.format(Locale.ROOT, "%,d", e.count());
            String lower = maxOrder > 2 ? "--max-order 2, " : "";
            throw new EstimationInputException(lists + " lists: the search of hierarchical models up to order "
                    + maxOrder + " would fit " + count + " models, more than --max-models "
                    + String.format(Locale.ROOT, "%,d", settings.maxModels()) + "; give " + lower
                    + "--model \"[...]\" to fit one model, merge or drop lists, or use --method lcmcr");
        }
    }

    private record ModelResult(LoglinearModel model, LoglinearFit fit) {
    }
}
