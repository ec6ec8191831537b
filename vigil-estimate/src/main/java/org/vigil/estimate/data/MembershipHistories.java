package org.vigil.estimate.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds capture histories from (person, list[, stratum]) memberships: the entry point the store
 * feeds with the linked persons of chosen sources.
 */
public final class MembershipHistories {

    private MembershipHistories() {
    }

    /**
     * Tabulates memberships over the given lists (a list with nobody on it is an error).
     * A person is in one stratum; memberships of one person in two strata are an error.
     *
     * @param lists the lists to use, in column order; memberships of other lists are ignored
     * @throws EstimationInputException for a person in two strata, fewer than two lists, a list with nobody on it
     */
    public static StratifiedHistory tabulate(Iterable<Membership> memberships, List<String> lists) {
        if (lists.size() > CaptureHistory.MAX_LISTS) {
            throw new EstimationInputException("too many lists (" + lists.size() + ")");
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            column.put(lists.get(i), i);
        }
        int j = lists.size();
        Map<String, Integer> patternOf = new LinkedHashMap<>();
        Map<String, Optional<String>> stratumOf = new HashMap<>();
        boolean anyStratum = false;
        for (Membership m : memberships) {
            Integer c = column.get(m.list());
            if (c == null) {
                continue;
            }
            Optional<String> previous = stratumOf.putIfAbsent(m.personId(), m.stratum());
            if (previous != null && !previous.equals(m.stratum())) {
                throw new EstimationInputException("person '" + m.personId() + "' is in stratum "
                        + previous.orElse("(none)") + " and in " + m.stratum().orElse("(none)")
                        + ": a person must belong to one stratum");
            }
            anyStratum |= m.stratum().isPresent();
            patternOf.merge(m.personId(), 1 << (j - 1 - c), (a, b) -> a | b);
        }
        if (j < 2) {
            throw new EstimationInputException("need at least two lists, got " + lists);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : patternOf.entrySet()) {
            String stratum = stratumOf.get(e.getKey()).orElse(anyStratum ? "(none)" : StratifiedHistory.UNSTRATIFIED);
            counts.computeIfAbsent(stratum, s -> new long[1 << j])[e.getValue()]++;
        }
        if (counts.isEmpty()) {
            throw new EstimationInputException("no person is on any of the lists " + lists);
        }
        if (!anyStratum) {
            return StratifiedHistory.single(CaptureHistory.of(lists, counts.values().iterator().next()));
        }
        // Empty lists are judged on the pooled data; a stratum may miss a list.
        long[] pooled = new long[1 << j];
        counts.values().forEach(c -> {
            for (int p = 0; p < c.length; p++) {
                pooled[p] += c[p];
            }
        });
        CaptureHistory.of(lists, pooled);
        Map<String, CaptureHistory> byStratum = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            try {
                byStratum.put(e.getKey(), CaptureHistory.of(lists, e.getValue()));
            } catch (EstimationInputException ex) {
                throw new EstimationInputException("stratum '" + e.getKey() + "': " + ex.getMessage()
                        + " (or merge this stratum with another)");
            }
        }
        return StratifiedHistory.of(byStratum);
    }
}
