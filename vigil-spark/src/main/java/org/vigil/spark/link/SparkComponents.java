package org.vigil.spark.link;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of the strong pairs by iterative label propagation: every record starts with its own
 * index as label and takes the smallest label among its neighbours until no label changes. The rounds grow
 * with a component's diameter, which is small for linkage (a person's records are a few hops apart);
 * each round cuts the lineage so that the plan does not grow with the rounds.
 */
final class SparkComponents {

    private SparkComponents() {
    }

    /**
     * The component of every record in a strong pair: record index to the smallest index in its component.
     *
     * @param edges pairs as {@code left << 32 | right}
     */
    static JavaPairRDD<Long, Long> of(org.apache.spark.api.java.JavaRDD<Long> edges) {
        JavaPairRDD<Long, Long> adjacent = edges.flatMapToPair(e -> java.util.List.of(
                new Tuple2<>(e >>> 32, e & 0xffffffffL), new Tuple2<>(e & 0xffffffffL, e >>> 32)).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = adjacent.keys().distinct().mapToPair(v -> new Tuple2<>(v, v));
        labels = labels.persist(StorageLevel.MEMORY_AND_DISK());
        labels.count();
        long changed = 1;
        while (changed > 0) {
            JavaPairRDD<Long, Long> offered = adjacent.join(labels).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
            JavaPairRDD<Long, Long> next = labels.union(offered).reduceByKey(Math::min)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            next.rdd().localCheckpoint();
            changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
        }
        adjacent.unpersist(false);
        return labels;
    }
}
