package org.vigil.estimate.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Capture histories per stratum (region, month...) over the same lists, in first-seen order.
 * An input without a stratum column is one stratum named by {@link #UNSTRATIFIED}.
 */
public final class StratifiedHistory {

    /** The stratum name used when the input has no stratum column. */
    public static final String UNSTRATIFIED = "all";

    private final List<String> lists;
    private final Map<String, CaptureHistory> strata;
    private final boolean stratified;

    private StratifiedHistory(List<String> lists, Map<String, CaptureHistory> strata, boolean stratified) {
        this.lists = lists;
        this.strata = strata;
        this.stratified = stratified;
    }

    /** One unstratified history. */
    public static StratifiedHistory single(CaptureHistory history) {
        Map<String, CaptureHistory> m = new LinkedHashMap<>();
        m.put(UNSTRATIFIED, history);
        return new StratifiedHistory(history.lists(), m, false);
    }

    /**
     * Histories per stratum; all over the same lists.
     *
     * @throws EstimationInputException when empty or when lists differ
     */
    public static StratifiedHistory of(Map<String, CaptureHistory> byStratum) {
        if (byStratum.isEmpty()) {
            throw new EstimationInputException("no strata: the input holds no person");
        }
        List<String> lists = byStratum.values().iterator().next().lists();
        for (Map.Entry<String, CaptureHistory> e : byStratum.entrySet()) {
            if (!e.getValue().lists().equals(lists)) {
                throw new EstimationInputException("stratum '" + e.getKey() + "' has lists " + e.getValue().lists()
                        + " but others have " + lists);
            }
        }
        return new StratifiedHistory(lists, new LinkedHashMap<>(byStratum), true);
    }

    /** The list names. */
    public List<String> lists() {
        return lists;
    }

    /** Whether the input named strata (even a single one). */
    public boolean stratified() {
        return stratified;
    }

    /** Stratum names in order. */
    public List<String> strataNames() {
        return new ArrayList<>(strata.keySet());
    }

    /** The history of one stratum. */
    public Optional<CaptureHistory> stratum(String name) {
        return Optional.ofNullable(strata.get(name));
    }

    /** All strata pooled into one history. */
    public CaptureHistory pooled() {
        CaptureHistory total = null;
        for (CaptureHistory h : strata.values()) {
            total = total == null ? h : total.plus(h);
        }
        return total;
    }

    /** The strata as an ordered, unmodifiable map. */
    public Map<String, CaptureHistory> asMap() {
        return java.util.Collections.unmodifiableMap(strata);
    }
}
