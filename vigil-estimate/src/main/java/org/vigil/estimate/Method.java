package org.vigil.estimate;

import org.vigil.estimate.data.EstimationInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The estimation methods, by the names {@code --method} takes. */
public enum Method {
    /** Bayesian non-parametric latent-class model (Manrique-Vallier 2016), as R's LCMCR. */
    LCMCR("lcmcr", true),
    /** Poisson log-linear models (Rcapture closedp.t / closedpMS.t / closedpCI.t). */
    LOGLINEAR("loglinear", false),
    /** Bayesian model averaging over decomposable graphs (Madigan and York 1997), as R's dga. */
    DGA("dga", true),
    /** Chapman's Lincoln–Petersen estimator for two lists. */
    LINCOLN_PETERSEN("lincoln-petersen", false),
    /** Chao's (1987) lower bound. */
    CHAO("chao", false);

    private final String cliName;
    private final boolean bayesian;

    Method(String cliName, boolean bayesian) {
        this.cliName = cliName;
        this.bayesian = bayesian;
    }

    /** The name used on the command line and in JSON. */
    public String cliName() {
        return cliName;
    }

    /** Whether the method yields a posterior (draws) rather than N̂ and a confidence interval. */
    public boolean bayesian() {
        return bayesian;
    }

    /**
     * The method of a command-line name.
     *
     * @throws EstimationInputException for an unknown name, listing the known ones
     */
    public static Method parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (Method m : values()) {
            if (m.cliName.equals(key)) {
                return m;
            }
        }
        throw new EstimationInputException("unknown method '" + name + "': use one of "
                + Arrays.stream(values()).map(Method::cliName).collect(Collectors.joining(", ")));
    }
}
