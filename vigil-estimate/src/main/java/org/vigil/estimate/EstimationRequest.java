package org.vigil.estimate;

import org.vigil.estimate.data.EstimationInputException;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearSettings;

import java.util.List;

/**
 * What to estimate and how: the method, its settings (all methods' settings are carried so a
 * request is one value), the interval level, the seed, and optionally a subset of lists.
 *
 * @param method the method
 * @param level interval level in (0, 1), e.g. 0.95
 * @param seed random seed; the same seed and input give the same bytes
 * @param lists lists to use (others are dropped); empty for all
 * @param lcmcr settings of {@code lcmcr}
 * @param loglinear settings of {@code loglinear}
 * @param dga settings of {@code dga}
 */
public record EstimationRequest(Method method, double level, long seed, List<String> lists, LcmcrSettings lcmcr,
                                LoglinearSettings loglinear, DgaSettings dga) {

    /** Validates the level and copies the list. */
    public EstimationRequest {
        if (!(level > 0 && level < 1)) {
            throw new EstimationInputException("--level must be between 0 and 1 (e.g. 0.95), got " + level);
        }
        lists = List.copyOf(lists);
    }

    /** A request with default settings, level 0.95 and seed 1. */
    public static EstimationRequest defaults(Method method) {
        return new EstimationRequest(method, 0.95, 1, List.of(), LcmcrSettings.defaults(),
                LoglinearSettings.defaults(), DgaSettings.defaults());
    }

    /** The same request with another seed. */
    public EstimationRequest withSeed(long newSeed) {
        return new EstimationRequest(method, level, newSeed, lists, lcmcr, loglinear, dga);
    }
}
