package org.vigil.spark.link;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.vigil.link.distributed.FittedModel;
import org.vigil.link.distributed.TermShares;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters each component of the strong pairs on one worker with vigil-link's clusterer, fed with the
 * component's records and every candidate pair inside it (weak ones too: the cohesion rule averages over
 * all pairs across two clusters). A component's work is bounded by its records and pairs, so components
 * run in parallel across the cluster. A cluster is named after its first record in id order, as the
 * single-machine run names a new cluster.
 */
final class ClusterStep {

    private ClusterStep() {
    }

    /**
     * @param clusterIds record index to cluster id (every record)
     * @param bridges    pairs the cohesion rule kept apart, for the review queue
     */
    record Result(JavaPairRDD<Long, String> clusterIds, List<long[]> bridges) {
    }

    /** One member of a component: record index, id, source, raw values. */
    private record Member(long index, SparkRecord record) implements java.io.Serializable {
    }

    static Result run(JavaPairRDD<Long, SparkRecord> records, JavaRDD<SparkLinker.ScoredPair> pairs,
                      JavaPairRDD<Long, Long> component, Broadcast<FittedModel> model,
                      Broadcast<TermShares> shares) {
        JavaPairRDD<Long, Member> members = component.join(records)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Member(t._1(), t._2()._2())));
        JavaPairRDD<Long, SparkLinker.ScoredPair> inside = pairs
                .mapToPair(p -> new Tuple2<>(p.left(), p))
                .join(component)
                .mapToPair(t -> new Tuple2<>(t._2()._1().right(), t._2()))
                .join(component)
                .filter(t -> t._2()._1()._2().equals(t._2()._2()))
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()._1()));
        // per component: [record index, representative index] rows, and bridges as negative-tagged rows
        JavaRDD<long[]> out = members.cogroup(inside).flatMap(t -> {
            List<Member> ms = new ArrayList<>();
            t._2()._1().forEach(ms::add);
            ms.sort((a, b) -> Long.compare(a.index(), b.index()));
            Map<Long, Integer> local = new HashMap<>();
            List<String> ids = new ArrayList<>(ms.size());
            List<String[]> raw = new ArrayList<>(ms.size());
            int[] sources = new int[ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                local.put(ms.get(i).index(), i);
                SparkRecord r = ms.get(i).record();
                ids.add(r.id());
                raw.add(r.raw());
                sources[i] = r.source();
            }
            List<SparkLinker.ScoredPair> ps = new ArrayList<>();
            t._2()._2().forEach(ps::add);
            // the single-machine order of pairs breaks ties between equal weights: rule first, then record order
            ps.sort((a, b) -> a.rule() != b.rule() ? Integer.compare(a.rule(), b.rule())
                    : a.right() != b.right() ? Long.compare(a.right(), b.right()) : Long.compare(a.left(), b.left()));
            int[] left = new int[ps.size()];
            int[] right = new int[ps.size()];
            int[] patterns = new int[ps.size()];
            for (int k = 0; k < ps.size(); k++) {
                left[k] = local.get(ps.get(k).left());
                right[k] = local.get(ps.get(k).right());
                patterns[k] = ps.get(k).pattern();
            }
            int[][] result = model.value().cluster(ids, raw, sources, left, right, patterns, shares.value());
            List<long[]> rows = new ArrayList<>();
            for (int i = 0; i < ms.size(); i++) {
                rows.add(new long[]{ms.get(i).index(), ms.get(result[0][i]).index()});
            }
            for (int b = 0; b + 1 < result[1].length; b += 2) {
                rows.add(new long[]{-1, ms.get(result[1][b]).index(), ms.get(result[1][b + 1]).index()});
            }
            return rows.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        List<long[]> bridges = new ArrayList<>(out.filter(r -> r[0] < 0).map(r -> new long[]{Math.min(r[1], r[2]),
                Math.max(r[1], r[2])}).collect());
        bridges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        JavaPairRDD<Long, Long> representative = out.filter(r -> r[0] >= 0).mapToPair(r -> new Tuple2<>(r[0], r[1]));
        // the cluster's first record in id order names it
        JavaPairRDD<Long, Long> byRepresentative = representative.mapToPair(Tuple2::swap);
        JavaPairRDD<Long, String> nameOfRepresentative = byRepresentative.reduceByKey(Math::min)
                .mapToPair(Tuple2::swap).join(records)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().id()));
        JavaPairRDD<Long, String> named = byRepresentative.join(nameOfRepresentative)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        JavaPairRDD<Long, String> clusterIds = records.leftOuterJoin(named)
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().isPresent() ? t._2()._2().get() : t._2()._1().id()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Result(clusterIds, bridges);
    }
}
