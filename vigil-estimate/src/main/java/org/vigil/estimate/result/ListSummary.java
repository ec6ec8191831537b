package org.vigil.estimate.result;

/**
 * One list with how many people it recorded and what share of the estimated total that is, for
 * observed-versus-estimated charts.
 *
 * @param name the list name
 * @param observed people on this list
 * @param shareOfEstimate observed / estimated total (posterior median or N̂)
 */
public record ListSummary(String name, long observed, double shareOfEstimate) {
}
