package org.vigil.estimate.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One fact "person (or linked cluster) {@code personId} is on list {@code list}", optionally in a
 * stratum: what the store yields for the linked persons of chosen sources.
 *
 * @param personId the person or cluster id
 * @param list the list (source) name
 * @param stratum the stratum (region, month...), if the estimate is stratified
 */
public record Membership(String personId, String list, Optional<String> stratum) {

    /** Validates that no part is null or blank. */
    public Membership {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(stratum, "stratum");
        if (personId.isBlank() || list.isBlank()) {
            throw new EstimationInputException("membership with a blank person id or list name ('" + personId
                    + "', '" + list + "'): every membership needs both");
        }
    }

    /** A membership without a stratum. */
    public static Membership of(String personId, String list) {
        return new Membership(personId, list, Optional.empty());
    }

    /** A membership in a stratum. */
    public static Membership of(String personId, String list, String stratum) {
        return new Membership(personId, list, Optional.of(stratum));
    }
}
