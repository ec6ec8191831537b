package org.vigil.estimate.internal.baseline;

import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;

import java.util.Map;

/**
 * Chapman's bias-corrected Lincoln–Petersen estimator for two lists: N̂ = (n1+1)(n2+1)/(m+1) - 1,
 * with Seber's (1970) variance (n1+1)(n2+1)(n1-m)(n2-m) / ((m+1)^2 (m+2)).
 */
public final class LincolnPetersen {

    private LincolnPetersen() {
    }

    /**
     * The estimate.
     *
     * @throws EstimationInputException unless there are exactly two lists
     */
    public static ClosedFormEstimate estimate(CaptureHistory history) {
        if (history.listCount() != 2) {
            throw new EstimationInputException("lincoln-petersen needs exactly two lists, the input has "
                    + history.listCount() + " " + history.lists() + ": choose two with --lists A,B or use another method");
        }
        long n1 = history.listTotal(0);
        long n2 = history.listTotal(1);
        long m = history.count(3);
        double total = (n1 + 1.0) * (n2 + 1.0) / (m + 1.0) - 1;
        double variance = (n1 + 1.0) * (n2 + 1.0) * (n1 - m) * (n2 - m) / ((m + 1.0) * (m + 1.0) * (m + 2.0));
        return new ClosedFormEstimate(history.observed(), total - history.observed(), Math.sqrt(variance));
    }

    /** The counts used. */
    public static Map<String, Long> statistics(CaptureHistory history) {
        return Map.of("n1", history.listTotal(0), "n2", history.listTotal(1), "m", history.count(3));
    }
}
