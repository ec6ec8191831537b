package org.vigil.app.web.estimate;

import org.vigil.estimate.baseline.BaselineDiagnostics;
import org.vigil.estimate.dga.DgaDiagnostics;
import org.vigil.estimate.lcmcr.LcmcrDiagnostics;
import org.vigil.estimate.loglinear.LoglinearDiagnostics;
import org.vigil.estimate.result.Diagnostics;
import org.vigil.estimate.result.EstimateResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A method's diagnostics as a table a researcher can read (the JSON stays for the record), and one
 * sentence saying whether the numbers can be trusted.
 */
final class DiagnosticsTable {

    /** R-hat above this: the chains disagree (Gelman et al., Bayesian Data Analysis, 3rd ed.). */
    static final double RHAT_LIMIT = 1.05;
    /** Fewer effective draws than this: the interval's ends are uncertain. */
    static final double ESS_LIMIT = 400;

    private DiagnosticsTable() {
    }

    /** One line of the table. */
    record Row(String name, String value, String meaning) {
    }

    /** The rows of a result's diagnostics; empty for a stratified result (its strata have their own). */
    static List<Row> rows(EstimateResult r) {
        List<Row> rows = new ArrayList<>();
        if (r.diagnostics().isEmpty()) {
            return rows;
        }
        Diagnostics d = r.diagnostics().get();
        if (d instanceof LcmcrDiagnostics l) {
            rows.add(new Row("R-hat", fixed(l.rHat(), 3), "Agreement between chains: near 1.00 (below 1.05) means "
                    + "they agree."));
            rows.add(new Row("Effective sample size", whole(l.effectiveSampleSize()), "Independent draws the chains "
                    + "are worth: a few hundred or more give a stable interval."));
            rows.add(new Row("Draws kept", whole(l.draws()), "Draws of the total over all chains after burn-in."));
            rows.add(new Row("Median of each chain", l.chainMedians().stream().map(DiagnosticsTable::whole)
                    .collect(Collectors.joining(" · ")), "Each chain's own estimate (chain 1, 2, …): "
                    + "close medians mean the chains found the same answer."));
            rows.add(new Row("Latent classes in use", fixed(l.meanOccupiedClasses(), 1), "Groups of people the "
                    + "lists catch differently (average over draws)."));
            if (l.capHits() > 0) {
                rows.add(new Row("Sweeps at the cap", whole(l.capHits()), "Sweeps where the unseen count hit its cap "
                        + whole(l.cap()) + ": the upper end of the interval may be cut short."));
            }
        } else if (d instanceof DgaDiagnostics g) {
            rows.add(new Row("Graphs averaged", whole(g.graphs()), "Models of how the lists depend on each other."));
            rows.add(new Row("Mass near the grid's end", fixed(g.massNearGridEnd(), 4), "Should be near 0; "
                    + "otherwise the posterior is cut off."));
        } else if (d instanceof LoglinearDiagnostics g) {
            rows.add(new Row("Model", g.model(), "Chosen by " + g.selectedBy() + "."));
            rows.add(new Row("Models searched", whole(g.modelsSearched()), "Hierarchical models compared."));
        } else if (d instanceof BaselineDiagnostics b) {
            rows.add(new Row("Estimator", b.estimator(), ""));
            rows.add(new Row("Standard error", fixed(b.stderr(), 1), "Spread of the estimate under the method's assumptions."));
        }
        return rows;
    }

    /** Whether the chains agree, in one sentence; empty for methods without chains. */
    static String verdict(EstimateResult r) {
        if (r.diagnostics().isEmpty() || !(r.diagnostics().get() instanceof LcmcrDiagnostics l)) {
            return "";
        }
        boolean agree = l.rHat() < RHAT_LIMIT;
        boolean enough = l.effectiveSampleSize() >= ESS_LIMIT;
        String numbers = "R-hat " + fixed(l.rHat(), 2) + ", effective sample size " + whole(l.effectiveSampleSize());
        if (agree && enough) {
            return "The chains agree (" + numbers + "): R-hat near 1.00 and an effective sample size of a few hundred "
                    + "or more mean the chains found the same answer and the interval is stable.";
        }
        return "Be careful with this estimate (" + numbers + "): R-hat near 1.00 and an effective sample size of a "
                + "few hundred or more would mean the chains agree. Run it again with another seed and compare, or "
                + "run more draws from the command line (vigil estimate --samples).";
    }

    private static String fixed(double x, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", x);
    }

    private static String whole(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }
}
