package org.vigil.app.cli.link;

import org.vigil.core.provenance.Provenance;
import org.vigil.link.ClusterAssignment;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.model.FellegiSunterModel;

import java.util.List;

/**
 * The JSON written by {@code vigil link --format json}.
 *
 * @param clusters     record and cluster ids, in input order
 * @param clusterCount number of clusters
 * @param records      number of records
 * @param model        the fitted model
 * @param blocking     candidate pairs per rule
 * @param reviewPairs  undecided pairs in the uncertain band
 * @param notes        warnings for the user
 * @param provenance   how the result was made
 */
record OutputDocument(List<ClusterAssignment> clusters, int clusterCount, int records, FellegiSunterModel model,
                      BlockingReport blocking, long reviewPairs, List<String> notes, Provenance provenance) {
}
