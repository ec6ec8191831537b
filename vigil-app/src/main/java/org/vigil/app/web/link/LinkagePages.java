package org.vigil.app.web.link;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Record;
import org.vigil.link.review.Decision;
import org.vigil.link.review.FieldContribution;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.review.ReviewDecision;
import org.vigil.link.review.ReviewQueue;
import org.vigil.link.state.LinkageState;
import org.vigil.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which person records are the same person: a summary of the last run, the uncertain pairs waiting for a
 * reviewer (explained field by field in words), reviewers' decisions, and the people with several records.
 * Records are shown by name, other spellings and source titles; ids appear only in links.
 */
@Controller
public class LinkagePages {

    private final Store store;
    private final Caller caller;
    private final VisibleRecords records;
    private final PersonLinkage linkage;

    /** Pages over the store's person linkage. */
    public LinkagePages(Store store, Caller caller, VisibleRecords records, PersonLinkage linkage) {
        this.store = store;
        this.caller = caller;
        this.records = records;
        this.linkage = linkage;
    }

    /** A person with several records. */
    public record ClusterView(List<LinkedPerson> members) {
    }

    /** One field of an uncertain pair, in words. */
    public record FieldRow(String field, String valueA, String valueB, String agreement, String evidence) {
    }

    /** An uncertain pair of visible records with its explanation. */
    public record PairView(LinkedPerson a, LinkedPerson b, String likelihood, List<FieldRow> fields) {

        /** Both records, first then second. */
        public List<LinkedPerson> records() {
            return List.of(a, b);
        }
    }

    /** A reviewer's decision on a pair of visible records. */
    public record DecisionView(LinkedPerson a, LinkedPerson b, boolean same, String reviewer, String note) {
    }

    /** The page: summary, review queue, decisions and clusters. */
    @GetMapping("/link")
    public String page(Model model) {
        LinkageState state;
        Optional<ReviewQueue> queue;
        try {
            state = linkage.state();
            queue = linkage.queue();
        } catch (RuntimeException unreadable) {
            // a saved state this version cannot read: say so on the page instead of failing it
            model.addAttribute("stateError", "The saved linkage cannot be read (" + unreadable.getMessage() + "). An "
                    + "administrator can restore an earlier version from the ledger; running linkage again needs "
                    + "it to be readable.");
            state = LinkageState.empty();
            queue = Optional.empty();
        }
        Map<String, Optional<Record>> visible = new HashMap<>();
        Function<String, Optional<Record>> find = id -> visible.computeIfAbsent(id, records::find);
        Function<String, Optional<String>> sourceTitle = id -> find.apply(id).map(Record::label);
        Function<Record, LinkedPerson> person = r -> LinkedPerson.of(r, sourceTitle);

        Map<String, List<LinkedPerson>> clusters = new LinkedHashMap<>();
        state.clusters().forEach((record, cluster) -> find.apply(record)
                .ifPresent(r -> clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(person.apply(r))));
        model.addAttribute("clusters", clusters.values().stream().filter(m -> m.size() > 1)
                .sorted(Comparator.comparing((List<LinkedPerson> m) -> -m.size()).thenComparing(m -> m.get(0).name()))
                .map(ClusterView::new).toList());

        List<PairView> pairs = new ArrayList<>();
        queue.ifPresent(q -> q.pairs().forEach(p -> {
            Optional<Record> a = find.apply(p.recordA());
            Optional<Record> b = find.apply(p.recordB());
            if (a.isPresent() && b.isPresent()) {
                pairs.add(pairView(p, a.get(), b.get(), person));
            }
        }));
        model.addAttribute("pairs", pairs);

        List<DecisionView> decisions = new ArrayList<>();
        for (ReviewDecision d : state.decisions()) {
            Optional<Record> a = find.apply(d.recordA());
            Optional<Record> b = find.apply(d.recordB());
            if (a.isPresent() && b.isPresent()) {
                decisions.add(new DecisionView(person.apply(a.get()), person.apply(b.get()),
                        d.decision() == Decision.SAME, d.reviewer(), d.note()));
            }
        }
        model.addAttribute("decisions", decisions);
        model.addAttribute("linked", linkage.hasRun());
        model.addAttribute("summary", LinkageSummary.of(state, queue).sentence());
        return "link";
    }

    private static PairView pairView(PairExplanation p, Record a, Record b, Function<Record, LinkedPerson> person) {
        List<FieldRow> rows = new ArrayList<>();
        for (FieldContribution f : p.fields()) {
            String valueA = f.field().equals("name") && LinkedPerson.pseudonymous(a) ? a.label()
                    : LinkageWording.value(f.field(), f.valueA());
            String valueB = f.field().equals("name") && LinkedPerson.pseudonymous(b) ? b.label()
                    : LinkageWording.value(f.field(), f.valueB());
            rows.add(new FieldRow(LinkageWording.field(f.field()), valueA, valueB, LinkageWording.level(f.level()),
                    LinkageWording.evidence(f.weight() + f.frequencyAdjustment())));
        }
        String likelihood = Math.round(p.probability() * 100) + "% likely the same person";
        return new PairView(person.apply(a), person.apply(b), likelihood, rows);
    }

    /** Runs linkage over the data set's persons and says what it found, or why it could not run. */
    @PostMapping("/link/run")
    public String run(RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("notice", "Linkage finished: " + LinkageSummary.of(linkage.run(caller.actor()))
                    .sentence());
        } catch (RuntimeException e) {
            flash.addFlashAttribute("error", couldNot("run", e));
        }
        return "redirect:/link";
    }

    /** A reviewer decides that two records are, or are not, the same person; linkage then runs again. */
    @PostMapping("/review/link")
    public String decide(@RequestParam String recordA, @RequestParam String recordB, @RequestParam String decision,
                         @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
        Optional<Record> a = records.find(recordA);
        Optional<Record> b = records.find(recordB);
        if (a.isEmpty() || b.isEmpty()) {
            flash.addFlashAttribute("error", "That pair is no longer among the records you may see: nothing was "
                    + "recorded. Choose a pair from the list below.");
            return "redirect:/link";
        }
        if (!decision.equals("same") && !decision.equals("different")) {
            flash.addFlashAttribute("error", "The decision '" + decision + "' is neither 'same' nor 'different': "
                    + "nothing was recorded. Use the buttons under the pair.");
            return "redirect:/link";
        }
        boolean same = decision.equals("same");
        try {
            linkage.decide(new ReviewDecision(recordA, recordB, same ? Decision.SAME : Decision.DIFFERENT,
                    caller.actor(), note), caller.actor());
            flash.addFlashAttribute("notice", "Decision recorded: " + a.get().label() + " and " + b.get().label()
                    + (same ? " are the same person" : " are different people") + ". Linkage ran again: "
                    + LinkageSummary.of(linkage.state(), linkage.queue()).sentence());
        } catch (RuntimeException e) {
            flash.addFlashAttribute("error", couldNot("run again after your decision", e));
        }
        return "redirect:/link";
    }

    private static String couldNot(String what, RuntimeException e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return "Linkage could not " + what + ": " + why + ". Earlier clusters and decisions are kept; if this "
                + "persists, tell an administrator what this message says.";
    }
}
