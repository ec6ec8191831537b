package org.vigil.estimate.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.vigil.core.provenance.Provenance;

import java.util.List;
import java.util.Optional;

/**
 * The result of an estimation, serialised as the documented JSON
 * {@code {method, observed, estimate, lists, diagnostics, posterior, strata, warnings, provenance}}.
 *
 * @param method the method name
 * @param observed people observed on at least one list (all strata)
 * @param estimate the estimate of the total
 * @param lists observed count per list
 * @param diagnostics method diagnostics (of the single stratum; per-stratum ones are in {@code strata})
 * @param posterior histogram and traces, for Bayesian methods
 * @param strata per-stratum results when the input was stratified, else empty
 * @param warnings things the reader must know before using the number
 * @param provenance how to reproduce it
 * @param draws posterior draws of N (pooled over chains), not serialised; empty for frequentist methods
 */
@JsonPropertyOrder({"method", "observed", "estimate", "lists", "diagnostics", "posterior", "strata", "warnings", "provenance"})
public record EstimateResult(String method, long observed, Estimate estimate, List<ListSummary> lists,
                             Optional<Diagnostics> diagnostics, Optional<Posterior> posterior,
                             List<StratumResult> strata, List<String> warnings, Provenance provenance,
                             @JsonIgnore long[] draws) {

    /** Copies lists. */
    public EstimateResult {
        lists = List.copyOf(lists);
        strata = List.copyOf(strata);
        warnings = List.copyOf(warnings);
        draws = draws.clone();
    }

    /** The posterior draws of N (a copy), empty for frequentist methods. */
    @Override
    @JsonIgnore
    public long[] draws() {
        return draws.clone();
    }
}
