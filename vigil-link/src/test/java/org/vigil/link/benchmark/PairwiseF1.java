package org.vigil.link.benchmark;

import org.vigil.link.ClusterAssignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise F1 of a clustering against true entities, defined as in ../shared/tools/score_linkage.py:
 * precision = correct pairs / predicted pairs, recall = correct pairs / true pairs, over all pairs of
 * records sharing a cluster (predicted) or an entity (true).
 */
final class PairwiseF1 {

    private PairwiseF1() {
    }

    static double of(List<ClusterAssignment> clusters, Map<String, String> truth) {
        Map<String, Long> byEntity = new HashMap<>();
        Map<String, Long> byCluster = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (ClusterAssignment c : clusters) {
            String entity = truth.get(c.recordId());
            byEntity.merge(entity, 1L, Long::sum);
            byCluster.merge(c.clusterId(), 1L, Long::sum);
            both.merge(entity + '\u0000' + c.clusterId(), 1L, Long::sum);
        }
        double truePairs = pairs(byEntity);
        double predicted = pairs(byCluster);
        double correct = pairs(both);
        double precision = predicted == 0 ? 1 : correct / predicted;
        double recall = truePairs == 0 ? 1 : correct / truePairs;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double pairs(Map<String, Long> groups) {
        double total = 0;
        for (long n : groups.values()) {
            total += n * (n - 1) / 2.0;
        }
        return total;
    }
}
