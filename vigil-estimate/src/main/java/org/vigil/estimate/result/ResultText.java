package org.vigil.estimate.result;

import org.vigil.core.provenance.Provenance;
import org.vigil.estimate.baseline.BaselineDiagnostics;
import org.vigil.estimate.dga.DgaDiagnostics;
import org.vigil.estimate.dga.ModelWeight;
import org.vigil.estimate.lcmcr.LcmcrDiagnostics;
import org.vigil.estimate.loglinear.LoglinearDiagnostics;

import java.util.Locale;

/** A readable plain-text summary of a result, for the terminal and for reports' appendices. */
public final class ResultText {

    private ResultText() {
    }

    /** The summary, several lines ending with a newline. */
    public static String format(EstimateResult r) {
        StringBuilder s = new StringBuilder();
        Estimate e = r.estimate();
        String pct = pct(e.level());
        boolean bayes = r.posterior().isPresent();
        s.append("Method: ").append(r.method()).append('\n');
        s.append("Observed: ").append(num(r.observed())).append(" people on ").append(r.lists().size()).append(" lists (");
        for (int i = 0; i < r.lists().size(); i++) {
            ListSummary l = r.lists().get(i);
            s.append(i == 0 ? "" : "; ").append(l.name()).append(' ').append(num(l.observed()));
        }
        s.append(")\n");
        if (bayes) {
            s.append("Estimated total: ").append(num(e.median())).append(" (posterior median; ").append(pct)
                    .append(" credible interval ").append(num(e.lower())).append(" to ").append(num(e.upper()))
                    .append("; mean ").append(num(e.mean())).append(")\n");
        } else {
            s.append("Estimated total: ").append(num(e.median())).append(" (").append(pct)
                    .append(" confidence interval ").append(num(e.lower())).append(" to ").append(num(e.upper()))
                    .append(")\n");
        }
        s.append("Recorded by no list: ").append(num(e.median() - r.observed())).append(" (")
                .append(num(e.lower() - r.observed())).append(" to ").append(num(e.upper() - r.observed())).append(")\n");
        r.diagnostics().ifPresent(d -> s.append(describe(d)));
        for (StratumResult st : r.strata()) {
            s.append("  stratum ").append(st.stratum()).append(": observed ").append(num(st.observed()))
                    .append(", estimate ").append(num(st.estimate().median())).append(" (")
                    .append(num(st.estimate().lower())).append(" to ").append(num(st.estimate().upper())).append(")\n");
        }
        if (!r.warnings().isEmpty()) {
            s.append("Warnings:\n");
            for (String w : r.warnings()) {
                s.append("  - ").append(w).append('\n');
            }
        }
        Provenance p = r.provenance();
        p.inputs().forEach(input -> s.append("Input SHA-256 ").append(input.sha256()).append(", "));
        s.append("seed ").append(p.seed()).append(", Vigil ").append(p.vigilVersion()).append('\n');
        return s.toString();
    }

    private static String describe(Diagnostics d) {
        if (d instanceof LcmcrDiagnostics) {
            LcmcrDiagnostics l = (LcmcrDiagnostics) d;
            return String.format(Locale.ROOT, "Diagnostics: split R-hat %.3f, effective draws %.0f of %d, "
                    + "occupied classes %.1f, unobserved count over its cap %d times%n",
                    l.rHat(), l.effectiveSampleSize(), l.draws(), l.meanOccupiedClasses(), l.capHits());
        }
        if (d instanceof LoglinearDiagnostics) {
            LoglinearDiagnostics l = (LoglinearDiagnostics) d;
            return String.format(Locale.ROOT, "Model: %s (%s); N-hat %.1f, s.e. %.1f, deviance %.2f on %d df, "
                    + "AIC %.2f, BIC %.2f%n", l.model(), l.selectedBy().equals("BIC") ? "best of " + l.modelsSearched()
                    + " by BIC" : "given", l.fit().abundance(), l.fit().stderr(), l.fit().deviance(), l.fit().df(),
                    l.fit().aic(), l.fit().bic());
        }
        if (d instanceof DgaDiagnostics) {
            DgaDiagnostics g = (DgaDiagnostics) d;
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "Models: %d decomposable graphs, delta %.4g; most probable:%n", g.graphs(), g.delta()));
            for (int i = 0; i < Math.min(3, g.topModels().size()); i++) {
                ModelWeight w = g.topModels().get(i);
                s.append(String.format(Locale.ROOT, "  %.3f %s%n", w.weight(), w.model()));
            }
            return s.toString();
        }
        if (d instanceof BaselineDiagnostics) {
            BaselineDiagnostics b = (BaselineDiagnostics) d;
            return String.format(Locale.ROOT, "Estimator: %s; s.e. %.1f; %s%n", b.estimator(), b.stderr(),
                    new java.util.TreeMap<>(b.statistics()));
        }
        return "";
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }

    private static String pct(double level) {
        double p = level * 100;
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%s", p)) + "%";
    }
}
