package org.vigil.link;

import org.vigil.core.provenance.Provenance;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.review.ReviewQueue;
import org.vigil.link.state.LinkageState;

import java.util.List;

/**
 * The outcome of a linkage run.
 *
 * @param clusters     every input record with its cluster id, in input order
 * @param clusterCount how many clusters (persons) were found
 * @param model        the fitted (or, incrementally, reused) model
 * @param blocking     candidate pairs per blocking rule
 * @param reviewQueue  uncertain pairs for a reviewer
 * @param notes        things the user should know (conflicting decisions, fields estimated by fallback)
 * @param state        the state to persist and pass to the next run
 * @param provenance   how the result was made
 */
public record LinkageResult(List<ClusterAssignment> clusters, int clusterCount, FellegiSunterModel model,
                            BlockingReport blocking, ReviewQueue reviewQueue, List<String> notes, LinkageState state,
                            Provenance provenance) {

    /** Copies the lists. */
    public LinkageResult {
        clusters = List.copyOf(clusters);
        notes = List.copyOf(notes);
    }
}
