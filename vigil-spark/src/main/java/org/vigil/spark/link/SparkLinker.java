package org.vigil.spark.link;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.vigil.core.provenance.Provenance;
import org.vigil.core.run.Progress;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.distributed.CountsFit;
import org.vigil.link.distributed.FittedModel;
import org.vigil.link.distributed.LinkPlan;
import org.vigil.link.distributed.TermShares;
import org.vigil.link.input.InputRecord;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.review.ReviewQueue;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A full linkage run on Spark with vigil-link's model: records are prepared and compared by vigil-link's
 * code on the workers, blocking is a join on the same keys, u and m are estimated from counted comparison
 * vectors (EM on the driver: the vectors are few however many the pairs), pairs are scored by the fitted
 * model, components of the strong pairs are found by label propagation and each is clustered by vigil-link's
 * clusterer with its cohesion rule. Cluster ids, the review queue and the provenance are those of
 * {@code vigil link}.
 */
public final class SparkLinker {

    private final LinkPlan plan;
    private final LinkSettings settings;

    /** A linker with the given settings. */
    public SparkLinker(LinkSettings settings) {
        this.plan = new LinkPlan(settings);
        this.settings = settings;
    }

    /** The plan shipped to the workers. */
    public LinkPlan plan() {
        return plan;
    }

    /** Links the records read by {@link SparkInput#read}. */
    public SparkLinkResult link(SparkSession spark, SparkInput input, Progress progress) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaPairRDD<Long, SparkRecord> records = input.records();
        long n = input.count();
        LinkMode mode = settings.mode();
        if (mode == LinkMode.LINK_ONLY && input.sources().size() < 2) {
            throw new org.vigil.core.dataset.InvalidDataException(new org.vigil.core.dataset.Problem(
                    input.digests().get(0).name(), 0, "", "mode link_only needs records from at least two sources: "
                    + "give two files, or a sourceColumn in the settings"));
        }
        progress.note("prepare", n + " records, " + settings.fields().size() + " fields");
        long total = totalPairs(records, n, mode);
        List<BlockingRule> rules = settings.blocking();
        Dataset<Row> recordFrame = recordFrame(spark, records);
        JavaPairRDD<Tuple2<Integer, String>, Long> keys = SparkBlocking.keys(records, plan, rules, null)
                .persist(StorageLevel.MEMORY_AND_DISK());
        BlockingReport estimate = SparkBlocking.report(SparkBlocking.blocks(keys, records, mode == LinkMode.LINK_ONLY),
                rules, mode, settings.maxBlockSize(), total);
        progress.note("blocking", "candidate pairs per blocking rule (of " + total + " possible pairs):");
        estimate.rules().forEach(c -> progress.note("blocking", String.format("  %-50s %,14d pairs (largest block %d: %s)",
                c.rule(), c.pairs(), c.largestBlock(), c.largestKey())));
        SparkBlocking.checkBudget(estimate, settings.maxPairs());
        progress.note("compare", "making and comparing candidate pairs");
        JavaPairRDD<Long, Integer> pairRules = SparkBlocking.pairs(keys, records, mode, settings.maxBlockSize());
        JavaRDD<ScoredPair> compared = compare(spark, pairRules, recordFrame, true).persist(StorageLevel.MEMORY_AND_DISK());
        keys.unpersist(false);
        long pairCount = compared.count();

        progress.note("fit", "estimating u from " + settings.uSampleSize() + " random pairs, m by EM on "
                + pairCount + " candidate pairs");
        CountsFit.Counts u = uSample(spark, jsc, records, recordFrame, n, input.sources().size());
        List<CountsFit.Counts> training = trainingCounts(spark, jsc, records, recordFrame, n);
        CountsFit.Counts all = counts(compared.map(ScoredPair::pattern));
        FellegiSunterModel model = CountsFit.fit(plan, u, training, all, total, List.of());
        List<String> notes = new ArrayList<>(model.weakEstimateNotes());
        FittedModel fitted = new FittedModel(plan, model);
        Broadcast<FittedModel> shipped = jsc.broadcast(fitted);
        // with term-frequency adjustment a second pass counts value shares over the first pass's clusters
        // (persons) rather than records, as the single-machine run does
        boolean termFrequencies = false;
        for (int f = 0; f < plan.fieldCount(); f++) {
            termFrequencies |= plan.usesTermFrequency(f);
        }
        int passes = termFrequencies ? 2 : 1;
        ClusterStep.Result clustered = null;
        JavaRDD<ScoredPair> scored = null;
        TermShares shares = TermShares.none();
        for (int pass = 0; pass < passes; pass++) {
            shares = termFrequencies ? termShares(records, pass == 0 ? null : clustered.clusterIds()) : shares;
            Broadcast<TermShares> passShares = jsc.broadcast(shares);
            progress.note("score", pairCount + " pairs" + (pass == 1 ? ", frequencies counted over persons" : ""));
            JavaRDD<ScoredPair> previous = scored;
            scored = compared.map(p -> p.withWeight(shipped.value().weight(p.pattern(), p.keysLeft(), p.keysRight(),
                    passShares.value()))).persist(StorageLevel.MEMORY_AND_DISK());
            scored.count();
            if (previous != null) {
                previous.unpersist(false);
            }
            progress.note("cluster", "threshold " + settings.threshold() + ", cohesion " + settings.cohesion());
            double minWeight = fitted.minWeight();
            JavaPairRDD<Long, Long> component = SparkComponents.of(scored.filter(p -> p.weight() >= minWeight)
                    .map(ScoredPair::pair));
            clustered = ClusterStep.run(records, scored, component, shipped, passShares);
        }
        compared.unpersist(false);
        progress.note("review", "uncertain pairs");
        ReviewQueue queue = reviewQueue(records, scored, clustered.bridges(), fitted, input.sources(), shares);
        Provenance provenance = plan.provenance(input.digests());
        long clusterCount = clustered.clusterIds().values().distinct().count();
        progress.note("done", clusterCount + " clusters from " + n + " records");
        return new SparkLinkResult(clustered.clusterIds(), clusterCount, model, withNewPairs(estimate, scored),
                queue, notes, provenance);
    }

    /** A candidate pair: the two record indexes, the first rule making it, its comparison vector and weight. */
    record ScoredPair(long left, long right, int rule, int pattern, float weight, String[] keysLeft,
                      String[] keysRight) implements Serializable {
        long pair() {
            return (left << 32) | right;
        }

        ScoredPair withWeight(float w) {
            return new ScoredPair(left, right, rule, pattern, w, keysLeft, keysRight);
        }
    }

    /**
     * Compares pairs given as {@code (left << 32 | right) -> rule}: the two records are joined to each pair as
     * DataFrames (Spark's own join, no object per row), then vigil-link compares them on the workers.
     */
    private JavaRDD<ScoredPair> compare(SparkSession spark, JavaPairRDD<Long, Integer> pairRules,
                                        Dataset<Row> recordFrame, boolean withKeys) {
        LinkPlan p = plan;
        StructType schema = new StructType().add("pair", DataTypes.LongType, false).add("rule", DataTypes.IntegerType, false);
        Dataset<Row> pairs = spark.createDataFrame(pairRules.map(t -> RowFactory.create(t._1(), t._2())), schema)
                .withColumn("l", functions.shiftrightunsigned(functions.col("pair"), 32))
                .withColumn("r", functions.col("pair").bitwiseAND(functions.lit(0xffffffffL)));
        Dataset<Row> joined = pairs
                .join(recordFrame.select(functions.col("idx").as("l"), functions.col("raw").as("rawL")), "l")
                .join(recordFrame.select(functions.col("idx").as("r"), functions.col("raw").as("rawR")), "r")
                .select("l", "r", "rule", "rawL", "rawR");
        return joined.javaRDD().map(row -> {
            String[] a = row.<String>getList(3).toArray(new String[0]);
            String[] b = row.<String>getList(4).toArray(new String[0]);
            return new ScoredPair(row.getLong(0), row.getLong(1), row.getInt(2), p.pattern(a, b), 0f,
                    withKeys ? p.frequencyKeys(a) : null, withKeys ? p.frequencyKeys(b) : null);
        });
    }

    /** The records as a DataFrame (idx, raw) for the joins that bring both records to a pair. */
    private static Dataset<Row> recordFrame(SparkSession spark, JavaPairRDD<Long, SparkRecord> records) {
        StructType schema = new StructType().add("idx", DataTypes.LongType, false)
                .add("raw", DataTypes.createArrayType(DataTypes.StringType, true), false);
        return spark.createDataFrame(records.map(t -> RowFactory.create(t._1(), (Object) t._2().raw())),
                schema).persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static CountsFit.Counts counts(JavaRDD<Integer> patterns) {
        List<Tuple2<Integer, Long>> counted = patterns.mapToPair(p -> new Tuple2<>(p, 1L)).reduceByKey(Long::sum)
                .sortByKey().collect();
        int[] ps = new int[counted.size()];
        long[] cs = new long[counted.size()];
        for (int k = 0; k < ps.length; k++) {
            ps[k] = counted.get(k)._1();
            cs[k] = counted.get(k)._2();
        }
        return new CountsFit.Counts(ps, cs);
    }

    /** The random pairs' comparison vectors, counted: the pairs are drawn as the single-machine sampler draws them. */
    private CountsFit.Counts uSample(SparkSession spark, JavaSparkContext jsc, JavaPairRDD<Long, SparkRecord> records,
                                     Dataset<Row> recordFrame, long n, int sources) {
        int[] sourceOf = null;
        if (settings.mode() == LinkMode.LINK_ONLY && sources > 1) {
            // the draw refuses same-source pairs as it goes, so it needs each record's source: 4 bytes a record
            sourceOf = new int[(int) n];
            for (Tuple2<Long, Integer> t : records.mapValues(SparkRecord::source).collect()) {
                sourceOf[t._1().intValue()] = t._2();
            }
        }
        Broadcast<int[]> shippedSources = jsc.broadcast(sourceOf);
        LinkPlan p = plan;
        List<Integer> chunks = new ArrayList<>();
        for (int c = 0; c < LinkPlan.U_CHUNKS; c++) {
            chunks.add(c);
        }
        JavaPairRDD<Long, Integer> pairs = jsc.parallelize(chunks, Math.min(LinkPlan.U_CHUNKS, jsc.defaultParallelism()))
                .flatMapToPair(c -> {
                    long[] drawn = p.uSamplePairs(c, (int) n, shippedSources.value());
                    List<Tuple2<Long, Integer>> out = new ArrayList<>(drawn.length);
                    for (long d : drawn) {
                        out.add(new Tuple2<>(d, 0));
                    }
                    return out.iterator();
                });
        return counts(compare(spark, pairs, recordFrame, false).map(ScoredPair::pattern));
    }

    /**
     * Each training rule's pairs' vectors, counted, all rules in one pass; a rule's records are sampled (seeded,
     * in id order, as the single-machine fit samples them) when it makes more than trainingPairs pairs.
     */
    private List<CountsFit.Counts> trainingCounts(SparkSession spark, JavaSparkContext jsc,
                                                  JavaPairRDD<Long, SparkRecord> records, Dataset<Row> recordFrame,
                                                  long n) {
        List<BlockingRule> rules = plan.trainingRules();
        JavaPairRDD<Tuple2<Integer, String>, Long> keys = SparkBlocking.keys(records, plan, rules, null);
        BlockingReport sizes = SparkBlocking.report(SparkBlocking.blocks(keys, records,
                settings.mode() == LinkMode.LINK_ONLY), rules, settings.mode(), 0, 0);
        List<BitSet> include = new ArrayList<>();
        boolean sampled = false;
        for (int r = 0; r < rules.size(); r++) {
            BitSet kept = plan.trainingSample(r, (int) n, sizes.rules().get(r).pairs());
            include.add(kept);
            sampled |= kept != null;
        }
        if (sampled) {
            keys = SparkBlocking.keys(records, plan, rules, jsc.broadcast(include));
        }
        JavaRDD<ScoredPair> compared = compare(spark, SparkBlocking.pairsPerRule(keys, records, settings.mode()),
                recordFrame, false);
        Map<Tuple2<Integer, Integer>, Long> counted = compared.mapToPair(p -> new Tuple2<>(new Tuple2<>(p.rule(),
                p.pattern()), 1L)).reduceByKey(Long::sum).collectAsMap();
        List<CountsFit.Counts> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            java.util.TreeMap<Integer, Long> byPattern = new java.util.TreeMap<>();
            for (Map.Entry<Tuple2<Integer, Integer>, Long> e : counted.entrySet()) {
                if (e.getKey()._1() == r) {
                    byPattern.put(e.getKey()._2(), e.getValue());
                }
            }
            int[] ps = byPattern.keySet().stream().mapToInt(Integer::intValue).toArray();
            long[] cs = byPattern.values().stream().mapToLong(Long::longValue).toArray();
            out.add(new CountsFit.Counts(ps, cs));
        }
        return out;
    }

    /**
     * The share of each value of each term-frequency field: over records ({@code clusters} null), or over the
     * clusters holding it.
     */
    private TermShares termShares(JavaPairRDD<Long, SparkRecord> records, JavaPairRDD<Long, String> clusters) {
        LinkPlan p = plan;
        int fields = plan.fieldCount();
        JavaPairRDD<Long, Tuple2<SparkRecord, String>> units = clusters == null
                ? records.mapValues(r -> new Tuple2<>(r, (String) null))
                : records.join(clusters);
        // (field, key, unit): a unit is the record itself, or its cluster
        JavaRDD<Tuple2<Integer, Tuple2<String, String>>> held = units.flatMap(t -> {
            String[] keys = p.frequencyKeys(t._2()._1().raw());
            String unit = t._2()._2() == null ? Long.toString(t._1()) : t._2()._2();
            List<Tuple2<Integer, Tuple2<String, String>>> out = new ArrayList<>();
            for (int f = 0; f < keys.length; f++) {
                if (keys[f] != null) {
                    out.add(new Tuple2<>(f, new Tuple2<>(keys[f], unit)));
                }
            }
            return out.iterator();
        });
        JavaRDD<Tuple2<Integer, Tuple2<String, String>>> distinct = clusters == null ? held : held.distinct();
        Map<Tuple2<Integer, String>, Long> counted = distinct
                .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._1(), t._2()._1()), 1L)).reduceByKey(Long::sum).collectAsMap();
        Map<Integer, Long> unitCounts = held.map(t -> new Tuple2<>(t._1(), t._2()._2())).distinct()
                .mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum).collectAsMap();
        List<Map<String, Long>> perField = new ArrayList<>();
        long[] unitsPerField = new long[fields];
        for (int f = 0; f < fields; f++) {
            perField.add(new HashMap<>());
            unitsPerField[f] = unitCounts.getOrDefault(f, 0L);
        }
        counted.forEach((k, v) -> perField.get(k._1()).put(k._2(), v));
        return TermShares.of(perField, unitsPerField);
    }

    private static long totalPairs(JavaPairRDD<Long, SparkRecord> records, long n, LinkMode mode) {
        long total = n * (n - 1) / 2;
        if (mode == LinkMode.LINK_ONLY) {
            for (long s : records.values().map(SparkRecord::source).countByValue().values()) {
                total -= s * (s - 1) / 2;
            }
        }
        return total;
    }

    private static BlockingReport withNewPairs(BlockingReport estimate, JavaRDD<ScoredPair> pairs) {
        Map<Integer, Long> perRule = pairs.map(ScoredPair::rule).countByValue();
        List<org.vigil.link.block.RuleCount> counts = new ArrayList<>();
        for (int r = 0; r < estimate.rules().size(); r++) {
            var c = estimate.rules().get(r);
            counts.add(new org.vigil.link.block.RuleCount(c.rule(), c.pairs(), perRule.getOrDefault(r, 0L),
                    c.largestBlock(), c.largestKey(), c.skippedBlocks()));
        }
        return new BlockingReport(counts, estimate.totalPairs());
    }

    /**
     * The review queue as the single-machine run builds it: bridges first, then the pairs in the review band
     * closest to even odds, at most reviewLimit, each explained field by field.
     */
    private ReviewQueue reviewQueue(JavaPairRDD<Long, SparkRecord> records, JavaRDD<ScoredPair> scored,
                                    List<long[]> bridges, FittedModel fitted, List<String> sources,
                                    TermShares shares) {
        double lower = settings.reviewLower();
        double upper = settings.reviewUpper();
        double lowW = Math.log(lower / (1 - lower)) / Math.log(2);
        double highW = Math.log(upper / (1 - upper)) / Math.log(2);
        JavaRDD<ScoredPair> band = scored.filter(p -> p.weight() >= lowW && p.weight() < highW);
        long inBand = band.count();
        int limit = settings.reviewLimit();
        List<long[]> chosen = new ArrayList<>();
        for (long[] b : bridges) {
            if (chosen.size() < limit) {
                chosen.add(b);
            }
        }
        if (chosen.size() < limit) {
            for (ScoredPair p : band.takeOrdered(limit - chosen.size(), new MostUncertain())) {
                chosen.add(new long[]{p.left(), p.right()});
            }
        }
        Set<Long> needed = new HashSet<>();
        chosen.forEach(c -> {
            needed.add(c[0]);
            needed.add(c[1]);
        });
        Map<Long, SparkRecord> byIndex = new HashMap<>();
        records.filter(t -> needed.contains(t._1())).collect().forEach(t -> byIndex.put(t._1(), t._2()));
        List<PairExplanation> queue = new ArrayList<>();
        for (long[] c : chosen) {
            SparkRecord a = byIndex.get(c[0]);
            SparkRecord b = byIndex.get(c[1]);
            queue.add(fitted.explain(input(a, sources), input(b, sources), a.raw(), b.raw(), shares));
        }
        return new ReviewQueue(lower, upper, inBand + bridges.size(), queue);
    }

    private InputRecord input(SparkRecord r, List<String> sources) {
        return plan.record(r.id(), sources.get(r.source()), r.raw());
    }

    /** Smallest |weight| first (in millionths of a bit, as the single-machine queue rounds it), then pair order. */
    private static final class MostUncertain implements Comparator<ScoredPair>, Serializable {
        @Override
        public int compare(ScoredPair x, ScoredPair y) {
            long a = Math.round(Math.abs(x.weight()) * 1e6);
            long b = Math.round(Math.abs(y.weight()) * 1e6);
            return a != b ? Long.compare(a, b) : Comparator.comparingInt(ScoredPair::rule)
                    .thenComparingLong(ScoredPair::left).thenComparingLong(ScoredPair::right).compare(x, y);
        }
    }
}
