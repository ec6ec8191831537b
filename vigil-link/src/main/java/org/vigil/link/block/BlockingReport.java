package org.vigil.link.block;

import java.util.List;

/**
 * The candidate pairs each blocking rule makes, reported before the comparisons run.
 *
 * @param rules      one count per rule, in settings order
 * @param totalPairs every pair of records the mode allows, for scale
 */
public record BlockingReport(List<RuleCount> rules, long totalPairs) {

    /** Copies the list. */
    public BlockingReport {
        rules = List.copyOf(rules);
    }

    /** Pairs over all rules before removing pairs made by several rules (an upper bound). */
    public long pairsUpperBound() {
        return rules.stream().mapToLong(RuleCount::pairs).sum();
    }
}
