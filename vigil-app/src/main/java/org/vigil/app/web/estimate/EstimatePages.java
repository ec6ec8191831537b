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
import org.vigil.app.web.security.Caller;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureCsvReader;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.MembershipHistories;
import org.vigil.estimate.result.ResultJson;
import org.vigil.store.Store;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The estimation page: choose the sources whose victims form the lists (or upload a table of lists),
 * a method and a seed; the run goes on in the background and its page shows the estimate, the posterior,
 * each chain's trace and each list beside the estimated total.
 */
@Controller
public class EstimatePages {

    private final Store store;
    private final Caller caller;
    private final EstimationJobs jobs;
    private final org.vigil.app.web.link.PersonLinkage linkage;

    /** Pages over the store, the job runner and the person linkage. */
    public EstimatePages(Store store, Caller caller, EstimationJobs jobs,
                         org.vigil.app.web.link.PersonLinkage linkage) {
        this.store = store;
        this.caller = caller;
        this.jobs = jobs;
        this.linkage = linkage;
    }

    /** The form. */
    @GetMapping("/estimate")
    public String form(Model model) {
        model.addAttribute("sources", store.records().list(RecordType.SOURCE).stream()
                .flatMap(r -> caller.view(r).stream()).map(Source.class::cast).toList());
        model.addAttribute("methods", Method.values());
        return "estimate";
    }

    /** Starts a run on the chosen sources' lists or on an uploaded table. */
    @PostMapping("/estimate")
    public String start(@RequestParam(defaultValue = "") List<String> sources,
                        @RequestParam(required = false) MultipartFile file,
                        @RequestParam(defaultValue = "lcmcr") String method, @RequestParam(defaultValue = "1") long seed,
                        Model model) throws IOException {
        try {
            Method m = Method.parse(method);
            CaptureData data;
            String description;
            if (file != null && !file.isEmpty()) {
                data = new CaptureCsvReader().read(file.getBytes(), Optional.ofNullable(file.getOriginalFilename())
                        .orElse("upload.csv"));
                description = "uploaded table " + file.getOriginalFilename();
            } else {
                Set<String> chosen = new LinkedHashSet<>(sources);
                data = fromStore(chosen);
                description = "victims documented by " + chosen.size() + " sources";
            }
            EstimationRequest request = EstimationRequest.defaults(m).withSeed(seed);
            var job = jobs.start(caller.actor(), description + ", " + m.cliName() + ", seed " + seed, data, request);
            return "redirect:/estimate/jobs/" + job.id();
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return form(model);
        }
    }

    /** A run: progress while it works, then its results. */
    @GetMapping("/estimate/jobs/{id}")
    public String job(@PathVariable String id, Model model) {
        var job = jobs.find(id, caller.actor())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no estimation " + id));
        model.addAttribute("job", job);
        job.result().ifPresent(r -> {
            model.addAttribute("histogram", Charts.histogram(r));
            model.addAttribute("traces", Charts.traces(r));
            model.addAttribute("bars", Charts.observedVersusEstimated(r));
            model.addAttribute("json", ResultJson.write(r));
        });
        return "estimate-job";
    }

    /** The lists of the chosen sources, from the records this user may see. */
    CaptureData fromStore(Set<String> sourceIds) {
        if (sourceIds.size() < 2) {
            throw new IllegalArgumentException("choose at least two sources: the overlap between lists is what "
                    + "tells how many nobody recorded");
        }
        List<Record> visible = store.records().dataset().all().flatMap(r -> caller.view(r).stream()).toList();
        var state = linkage.state();
        var memberships = ListMemberships.of(Dataset.of(visible), sourceIds, id -> linkage.clusterOf(state, id));
        return CaptureData.of(MembershipHistories.tabulate(memberships, List.copyOf(sourceIds)),
                "sources " + String.join(", ", sourceIds));
    }
}
