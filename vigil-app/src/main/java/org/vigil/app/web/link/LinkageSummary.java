package org.vigil.app.web.link;

import org.vigil.link.LinkageResult;
import org.vigil.link.review.ReviewQueue;
import org.vigil.link.state.LinkageState;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a linkage run found, in numbers a researcher can check against the page.
 *
 * @param records         person records linked
 * @param people          people they form (clusters)
 * @param severalRecords  people with more than one record
 * @param pairsWaiting    uncertain pairs waiting for a reviewer
 */
public record LinkageSummary(int records, int people, int severalRecords, int pairsWaiting) {

    /** The summary of a run's result. */
    public static LinkageSummary of(LinkageResult result) {
        return of(result.state(), Optional.of(result.reviewQueue()));
    }

    /** The summary of a stored state and its review queue. */
    public static LinkageSummary of(LinkageState state, Optional<ReviewQueue> queue) {
        Map<String, Integer> sizes = new HashMap<>();
        state.clusters().values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        int several = (int) sizes.values().stream().filter(n -> n > 1).count();
        return new LinkageSummary(state.clusters().size(), sizes.size(), several,
                queue.map(q -> q.pairs().size()).orElse(0));
    }

    /** One sentence: "6 person records form 5 people (1 with several records); 1 pair waits for review." */
    public String sentence() {
        if (records == 0) {
            return "there are no individual person records to link yet: add persons (with the sources that name "
                    + "them) and run linkage again.";
        }
        String several = severalRecords == 0 ? "no one has several records"
                : severalRecords + (severalRecords == 1 ? " person has" : " people have") + " several records";
        String pairs = pairsWaiting == 0 ? "no pair waits for review"
                : pairsWaiting + (pairsWaiting == 1 ? " pair waits" : " pairs wait") + " for a reviewer's decision";
        return records + (records == 1 ? " person record forms " : " person records form ") + people
                + (people == 1 ? " person" : " people") + " (" + several + "); " + pairs + ".";
    }
}
