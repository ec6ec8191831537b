package org.vigil.link.review;

import java.util.List;

/**
 * The pairs a person should look at: candidate pairs whose match probability falls in the uncertain
 * band, most uncertain first, plus (in incremental runs) strong pairs that would join two existing
 * clusters. Pairs already decided are left out.
 *
 * @param lower        lowest probability in the band
 * @param upper        probability from which pairs are no longer uncertain
 * @param pairsInBand  how many undecided candidate pairs fall in the band (the queue may be shorter)
 * @param pairs        the queue, each pair explained field by field
 */
public record ReviewQueue(double lower, double upper, long pairsInBand, List<PairExplanation> pairs) {

    /** Copies the list. */
    public ReviewQueue {
        pairs = List.copyOf(pairs);
    }
}
