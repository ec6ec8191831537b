package org.vigil.spark.link;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.block.RuleCount;
import org.vigil.link.distributed.LinkPlan;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.LinkMode;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocking as a join on blocking keys: every record emits (rule, key) for each of its keys under each rule
 * (vigil-link's keys), records sharing a key meet in one group, and a pair made by several rules or keys is
 * kept once with the first rule, as the single-machine blocker keeps it. Blocks above maxBlockSize are
 * skipped; the pairs are counted from the block sizes before any is made, and a run over maxPairs stops with
 * the single-machine run's error.
 */
final class SparkBlocking {

    private SparkBlocking() {
    }

    /** A block: its rule, size, the first record (in id order) holding its key, and records per source. */
    record Block(int rule, String key, long size, long first, Map<Integer, Long> perSource) implements Serializable {
    }

    /** The blocks of the given rules over the records {@code include} keeps (all when null). */
    static JavaPairRDD<Tuple2<Integer, String>, Long> keys(JavaPairRDD<Long, SparkRecord> records, LinkPlan plan,
                                                          List<BlockingRule> rules, Broadcast<List<BitSet>> include) {
        // rules travel as their key lists (BlockingRule is not serialisable)
        ArrayList<ArrayList<String>> ruleKeys = new ArrayList<>();
        rules.forEach(r -> ruleKeys.add(new ArrayList<>(r.keys())));
        return records.flatMapToPair(t -> {
            List<Tuple2<Tuple2<Integer, String>, Long>> out = new ArrayList<>();
            for (int r = 0; r < ruleKeys.size(); r++) {
                BitSet kept = include == null ? null : include.value().get(r);
                if (kept != null && !kept.get(t._1().intValue())) {
                    continue;
                }
                for (String k : plan.blockingKeys(t._2().raw(), new BlockingRule(ruleKeys.get(r)))) {
                    out.add(new Tuple2<>(new Tuple2<>(r, k), t._1()));
                }
            }
            return out.iterator();
        });
    }

    /** Block sizes per (rule, key), with the first member and the members per source. */
    static List<Block> blocks(JavaPairRDD<Tuple2<Integer, String>, Long> keys, JavaPairRDD<Long, SparkRecord> records,
                              boolean perSource) {
        JavaPairRDD<Long, Tuple2<Integer, String>> byRecord = keys.mapToPair(Tuple2::swap);
        JavaPairRDD<Tuple2<Integer, String>, Tuple2<Long, Integer>> withSource = perSource
                ? byRecord.join(records.mapValues(SparkRecord::source)).mapToPair(t -> new Tuple2<>(t._2()._1(),
                new Tuple2<>(t._1(), t._2()._2())))
                : byRecord.mapToPair(t -> new Tuple2<>(t._2(), new Tuple2<>(t._1(), -1)));
        return withSource.aggregateByKey(new Block(0, "", 0, Long.MAX_VALUE, Map.of()),
                (b, m) -> add(b, m._1(), m._2()), SparkBlocking::merge)
                .map(t -> new Block(t._1()._1(), t._1()._2(), t._2().size(), t._2().first(), t._2().perSource()))
                .collect();
    }

    private static Block add(Block b, long record, int source) {
        if (source < 0) {
            // sources only matter in link-only mode
            return new Block(0, "", b.size() + 1, Math.min(b.first(), record), b.perSource());
        }
        Map<Integer, Long> s = new HashMap<>(b.perSource());
        s.merge(source, 1L, Long::sum);
        return new Block(0, "", b.size() + 1, Math.min(b.first(), record), s);
    }

    private static Block merge(Block a, Block b) {
        if (a.perSource().isEmpty() && b.perSource().isEmpty()) {
            return new Block(0, "", a.size() + b.size(), Math.min(a.first(), b.first()), a.perSource());
        }
        Map<Integer, Long> s = new HashMap<>(a.perSource());
        b.perSource().forEach((k, v) -> s.merge(k, v, Long::sum));
        return new Block(0, "", a.size() + b.size(), Math.min(a.first(), b.first()), s);
    }

    /** Pairs a block makes (across sources only in link-only mode). */
    static long pairsOf(Block b, LinkMode mode) {
        long pairs = b.size() * (b.size() - 1) / 2;
        if (mode == LinkMode.LINK_ONLY) {
            for (long c : b.perSource().values()) {
                pairs -= c * (c - 1) / 2;
            }
        }
        return pairs;
    }

    /** The single-machine blocking report: pairs per rule from block sizes, largest block and its key. */
    static BlockingReport report(List<Block> blocks, List<BlockingRule> rules, LinkMode mode, int maxBlockSize,
                                 long totalPairs) {
        List<RuleCount> counts = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            long pairs = 0;
            Block largest = null;
            int skipped = 0;
            for (Block b : blocks) {
                if (b.rule() != r) {
                    continue;
                }
                if (maxBlockSize > 0 && b.size() > maxBlockSize) {
                    skipped++;
                    continue;
                }
                pairs += pairsOf(b, mode);
                // ties go to the block whose key appears first in id order, as the single-machine blocker numbers them
                if (largest == null || b.size() > largest.size()
                        || b.size() == largest.size() && b.first() < largest.first()) {
                    largest = b;
                }
            }
            counts.add(new RuleCount(rules.get(r).toString(), pairs, -1, largest == null ? 0 : (int) largest.size(),
                    largest == null ? "" : largest.key().replace('\u001f', '|'), skipped));
        }
        return new BlockingReport(counts, totalPairs);
    }

    /** The single-machine run's error when the rules would make more than maxPairs pairs. */
    static void checkBudget(BlockingReport report, long maxPairs) {
        if (report.pairsUpperBound() > maxPairs) {
            RuleCount worst = report.rules().stream().max(java.util.Comparator.comparingLong(RuleCount::pairs))
                    .orElseThrow();
            throw new InvalidDataException(new Problem("settings", 0, "$.blocking", "the blocking rules make "
                    + report.pairsUpperBound() + " candidate pairs, more than maxPairs " + maxPairs + "; rule '"
                    + worst.rule() + "' alone makes " + worst.pairs() + " (largest block: " + worst.largestBlock()
                    + " records with key '" + worst.largestKey() + "'): add a key to that rule or raise maxPairs"));
        }
    }

    /**
     * The candidate pairs, {@code (left << 32 | right) -> rule}, left before right in id order: each pair once,
     * with the first rule that makes it.
     */
    static JavaPairRDD<Long, Integer> pairs(JavaPairRDD<Tuple2<Integer, String>, Long> keys,
                                            JavaPairRDD<Long, SparkRecord> records, LinkMode mode, int maxBlockSize) {
        return made(keys, records, mode, maxBlockSize).mapToPair(t -> t).reduceByKey(Math::min);
    }

    /** Each rule's own pairs, each once per rule (the training rules' pairs: each rule is fitted on its own). */
    static JavaPairRDD<Long, Integer> pairsPerRule(JavaPairRDD<Tuple2<Integer, String>, Long> keys,
                                                   JavaPairRDD<Long, SparkRecord> records, LinkMode mode) {
        return made(keys, records, mode, 0).distinct().mapToPair(t -> t);
    }

    private static JavaRDD<Tuple2<Long, Integer>> made(JavaPairRDD<Tuple2<Integer, String>, Long> keys,
                                                       JavaPairRDD<Long, SparkRecord> records, LinkMode mode,
                                                       int maxBlockSize) {
        boolean across = mode == LinkMode.LINK_ONLY;
        JavaPairRDD<Tuple2<Integer, String>, Tuple2<Long, Integer>> members = across
                ? keys.mapToPair(Tuple2::swap).join(records.mapValues(SparkRecord::source))
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                : keys.mapToPair(t -> new Tuple2<>(t._1(), new Tuple2<>(t._2(), 0)));
        JavaRDD<Tuple2<Long, Integer>> made = members.groupByKey().flatMap(block -> {
            List<Tuple2<Long, Integer>> list = new ArrayList<>();
            block._2().forEach(list::add);
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            if (list.size() < 2 || maxBlockSize > 0 && list.size() > maxBlockSize) {
                return out.iterator();
            }
            list.sort((a, b) -> Long.compare(a._1(), b._1()));
            int rule = block._1()._1();
            for (int y = 1; y < list.size(); y++) {
                for (int x = 0; x < y; x++) {
                    if (across && list.get(x)._2().equals(list.get(y)._2())) {
                        continue;
                    }
                    out.add(new Tuple2<>((list.get(x)._1() << 32) | list.get(y)._1(), rule));
                }
            }
            return out.iterator();
        });
        return made;
    }
}
