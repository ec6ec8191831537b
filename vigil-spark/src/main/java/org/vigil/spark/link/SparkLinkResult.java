package org.vigil.spark.link;

import org.apache.spark.api.java.JavaPairRDD;
import org.vigil.core.provenance.Provenance;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.review.ReviewQueue;

import java.util.List;

/**
 * The outcome of a Spark run, as {@code LinkageResult} is that of a single-machine run; the cluster of every
 * record stays distributed.
 *
 * @param clusters     record index (id order) to cluster id
 * @param clusterCount number of clusters
 * @param model        the fitted model
 * @param blocking     candidate pairs per blocking rule
 * @param reviewQueue  the uncertain pairs, explained
 * @param notes        advice about the fit
 * @param provenance   method, settings, seed and inputs
 */
public record SparkLinkResult(JavaPairRDD<Long, String> clusters, long clusterCount, FellegiSunterModel model,
                              BlockingReport blocking, ReviewQueue reviewQueue, List<String> notes,
                              Provenance provenance) {
}
