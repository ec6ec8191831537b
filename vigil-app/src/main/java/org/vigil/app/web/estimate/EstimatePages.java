package org.vigil.app.web.estimate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.web.link.PersonLinkage;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.security.Caller;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.io.BadInputException;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureCsvReader;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.Membership;
import org.vigil.estimate.data.MembershipHistories;
import org.vigil.estimate.result.ResultJson;
import org.vigil.store.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The estimation page: choose the sources whose victims form the lists (or upload a table of lists),
 * a method and a seed; the run goes on in the background and its page shows the estimate, the posterior,
 * each chain's trace, the convergence diagnostics and each list beside the estimated total. Lists are
 * shown by their sources' titles; a choice that cannot be estimated from is explained and kept.
 */
@Controller
public class EstimatePages {

    /** The methods, by their command-line name, as a researcher reads them. */
    static final Map<String, String> METHOD_LABELS = methodLabels();

    /** Said beside an estimate made before linkage has run (estimation still works, on person records). */
    static final String NOT_LINKED = "Linkage had not run on this data set when this estimate was made, so every "
            + "person record counted as a different person: someone documented by two sources as two records "
            + "counts twice. Run linkage on the Linkage page, then estimate again.";

    private final Store store;
    private final Caller caller;
    private final VisibleRecords records;
    private final EstimationJobs jobs;
    private final PersonLinkage linkage;

    /** Pages over the store, the job runner and the person linkage. */
    public EstimatePages(Store store, Caller caller, VisibleRecords records, EstimationJobs jobs,
                         PersonLinkage linkage) {
        this.store = store;
        this.caller = caller;
        this.records = records;
        this.jobs = jobs;
        this.linkage = linkage;
    }

    /** A source offered as a list, with how many linked people it names. */
    public record SourceChoice(String id, String title, int people, boolean chosen) {
    }

    /** A method offered in the form. */
    public record MethodChoice(String value, String label, boolean chosen) {
    }

    private static Map<String, String> methodLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("lcmcr", "Bayesian latent classes (LCMCR): lists that catch different people differently");
        labels.put("loglinear", "Log-linear models, the best by BIC");
        labels.put("dga", "Bayesian model averaging over graphs (dga), 3 to 7 lists");
        labels.put("lincoln-petersen", "Lincoln–Petersen (Chapman): exactly two lists, a baseline");
        labels.put("chao", "Chao's lower bound: a baseline");
        for (Method m : Method.values()) {
            labels.putIfAbsent(m.cliName(), m.cliName());
        }
        return Map.copyOf(labels);
    }

    /** The form. */
    @GetMapping("/estimate")
    public String form(Model model) {
        fill(model, Set.of(), "lcmcr", 1);
        return "estimate";
    }

    private void fill(Model model, Collection<String> chosen, String method, long seed) {
        List<Source> sources = visibleSources();
        Set<String> ids = new LinkedHashSet<>();
        sources.forEach(s -> ids.add(s.id()));
        Map<String, Integer> people = ListMemberships.peopleOnEachList(memberships(visibleDataset(), ids), ids);
        model.addAttribute("sources", sources.stream().map(s -> new SourceChoice(s.id(), s.label(),
                people.getOrDefault(s.id(), 0), chosen.contains(s.id()))).toList());
        List<MethodChoice> methods = new ArrayList<>();
        for (Method m : Method.values()) {
            methods.add(new MethodChoice(m.cliName(), METHOD_LABELS.get(m.cliName()), m.cliName().equals(method)));
        }
        model.addAttribute("methods", methods);
        model.addAttribute("seed", seed);
        model.addAttribute("linked", linkage.hasRun());
        model.addAttribute("unlinked", linkage.hasRun() ? unlinkedRecords() : 0);
    }

    /** Starts a run on the chosen sources' lists or on an uploaded table; a choice that cannot work is explained. */
    @PostMapping("/estimate")
    public String start(@RequestParam(defaultValue = "") List<String> sources,
                        @RequestParam(required = false) MultipartFile file,
                        @RequestParam(defaultValue = "lcmcr") String method, @RequestParam(defaultValue = "1") long seed,
                        Model model) throws IOException {
        Set<String> chosen = new LinkedHashSet<>(sources);
        try {
            Method m = Method.parse(method);
            CaptureData data;
            String description;
            Map<String, String> labels = Map.of();
            List<String> notes = new ArrayList<>();
            if (file != null && !file.isEmpty()) {
                data = new CaptureCsvReader().read(file.getBytes(), Optional.ofNullable(file.getOriginalFilename())
                        .orElse("upload.csv"));
                description = "Lists of the uploaded table " + file.getOriginalFilename();
            } else {
                StoreLists lists = lists(chosen);
                if (!linkage.hasRun()) {
                    notes.add(NOT_LINKED);
                }
                data = lists.data();
                labels = lists.titles();
                description = "Victims documented by " + StoreLists.quoted(List.copyOf(chosen), labels);
            }
            EstimationRequest request = EstimationRequest.defaults(m).withSeed(seed);
            var job = jobs.start(caller.actor(), description + "; " + METHOD_LABELS.get(m.cliName()) + "; seed " + seed,
                    data, request, labels, notes);
            return "redirect:/estimate/jobs/" + job.id();
        } catch (IllegalArgumentException | BadInputException e) {
            model.addAttribute("error", e.getMessage());
            fill(model, chosen, method, seed);
            return "estimate";
        }
    }

    /** A run: progress while it works, then its results. */
    @GetMapping("/estimate/jobs/{id}")
    public String job(@PathVariable String id, Model model) {
        var job = jobs.find(id, caller.actor())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no estimation " + id));
        model.addAttribute("job", job);
        model.addAttribute("failure", job.error().orElse(""));
        model.addAttribute("result", job.result().orElse(null));
        job.result().ifPresent(r -> {
            model.addAttribute("bayesian", Method.parse(r.method()).bayesian());
            model.addAttribute("histogram", Charts.histogram(r));
            model.addAttribute("traces", Charts.traces(r));
            model.addAttribute("bars", Charts.observedVersusEstimated(r, job::listLabel));
            model.addAttribute("diagnostics", DiagnosticsTable.rows(r));
            model.addAttribute("convergence", DiagnosticsTable.verdict(r));
            model.addAttribute("json", ResultJson.write(r));
        });
        return "estimate-job";
    }

    /** The lists of the chosen sources, from the records this user may see (the API's entry). */
    CaptureData fromStore(Set<String> sourceIds) {
        return lists(sourceIds).data();
    }

    /**
     * The chosen sources' lists, checked so that every problem is told by the sources' titles with what to
     * do: fewer than two lists, a source this user may not see, a list with nobody on it.
     */
    private StoreLists lists(Set<String> sourceIds) {
        if (sourceIds.size() < 2) {
            throw new IllegalArgumentException("Choose at least two sources as lists: the overlap between lists is "
                    + "what tells how many victims nobody recorded.");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String id : sourceIds) {
            Optional<Record> s = records.find(id).filter(Source.class::isInstance);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("There is no source '" + id + "' among the sources you may see: "
                        + "choose the lists from the sources offered on this page.");
            }
            titles.put(id, s.get().label());
        }
        List<Membership> memberships = memberships(visibleDataset(), sourceIds);
        Map<String, Integer> people = ListMemberships.peopleOnEachList(memberships, sourceIds);
        List<String> empty = sourceIds.stream().filter(id -> people.get(id) == 0).toList();
        if (!empty.isEmpty()) {
            boolean one = empty.size() == 1;
            throw new IllegalArgumentException((one ? "The list " : "The lists ") + StoreLists.quoted(empty, titles)
                    + (one ? " has" : " have") + " no victims linked to persons: no individual person, act or "
                    + "proceeding you may see cites " + (one ? "this source" : "these sources") + ". Choose at least "
                    + "two lists that share people, or cite " + (one ? "this source" : "these sources")
                    + " on the persons it names.");
        }
        try {
            CaptureData data = CaptureData.of(MembershipHistories.tabulate(memberships, List.copyOf(sourceIds)),
                    "sources " + String.join(", ", sourceIds));
            return new StoreLists(data, titles, people);
        } catch (IllegalArgumentException | BadInputException e) {
            throw new IllegalArgumentException(StoreLists.withTitles(e.getMessage(), titles), e);
        }
    }

    private List<Membership> memberships(Dataset visible, Set<String> sourceIds) {
        var state = linkage.state();
        return ListMemberships.of(visible, sourceIds, id -> linkage.clusterOf(state, id));
    }

    private Dataset visibleDataset() {
        return Dataset.of(records.all());
    }

    private List<Source> visibleSources() {
        return records.list(RecordType.SOURCE).stream()
                .map(Source.class::cast).toList();
    }

    /** Visible individuals linkage links (named, not restricted) that it has not seen: added since its last run. */
    private long unlinkedRecords() {
        var state = linkage.state();
        return records.list(RecordType.PERSON).stream()
                .map(Person.class::cast).filter(p -> p.kind() == PersonKind.INDIVIDUAL && !p.names().isEmpty())
                .filter(p -> p.confidentiality() != Confidentiality.RESTRICTED)
                .filter(p -> state.clusterOf(p.id()).isEmpty()).count();
    }
}
