package org.vigil.app.web.link;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Record;
import org.vigil.link.review.Decision;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.review.ReviewDecision;
import org.vigil.link.state.LinkageState;
import org.vigil.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Which person records are the same person: clusters, and the uncertain pairs waiting for a reviewer. */
@Controller
public class LinkagePages {

    private final Store store;
    private final Caller caller;
    private final PersonLinkage linkage;

    /** Pages over the store's person linkage. */
    public LinkagePages(Store store, Caller caller, PersonLinkage linkage) {
        this.store = store;
        this.caller = caller;
        this.linkage = linkage;
    }

    /** A cluster of visible person records. */
    public record ClusterView(String id, List<Record> members) {
    }

    /** An uncertain pair of visible records with its explanation. */
    public record PairView(PairExplanation pair, Record a, Record b) {
    }

    /** Clusters with more than one record, and the review queue. */
    @GetMapping("/link")
    public String page(Model model) {
        LinkageState state = linkage.state();
        Map<String, List<Record>> clusters = new TreeMap<>();
        state.clusters().forEach((record, cluster) -> store.records().find(record).flatMap(caller::view)
                .ifPresent(r -> clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(r)));
        model.addAttribute("clusters", clusters.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new ClusterView(e.getKey(), e.getValue())).toList());
        List<PairView> pairs = new ArrayList<>();
        linkage.queue().ifPresent(q -> q.pairs().forEach(p -> {
            Optional<Record> a = store.records().find(p.recordA()).flatMap(caller::view);
            Optional<Record> b = store.records().find(p.recordB()).flatMap(caller::view);
            if (a.isPresent() && b.isPresent()) {
                pairs.add(new PairView(p, a.get(), b.get()));
            }
        }));
        model.addAttribute("pairs", pairs);
        model.addAttribute("decisions", state.decisions().size());
        model.addAttribute("linked", !state.clusters().isEmpty());
        return "link";
    }

    /** Runs linkage over the data set's persons. */
    @PostMapping("/link/run")
    public String run() {
        linkage.run(caller.actor());
        return "redirect:/link";
    }

    /** A reviewer decides that two records are, or are not, the same person. */
    @PostMapping("/review/link")
    public String decide(@RequestParam String recordA, @RequestParam String recordB, @RequestParam String decision,
                         @RequestParam(defaultValue = "") String note) {
        boolean visible = store.records().find(recordA).flatMap(caller::view).isPresent()
                && store.records().find(recordB).flatMap(caller::view).isPresent();
        if (visible) {
            Decision d = decision.equals("same") ? Decision.SAME : Decision.DIFFERENT;
            linkage.decide(new ReviewDecision(recordA, recordB, d, caller.actor(), note), caller.actor());
        }
        return "redirect:/link";
    }
}
