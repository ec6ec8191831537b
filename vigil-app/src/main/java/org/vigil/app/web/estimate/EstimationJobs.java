package org.vigil.app.web.estimate;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.result.EstimateResult;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Estimation runs in the background, one at a time (they use both cores), each visible only to the
 * user who started it, with progress for the waiting page.
 */
@Component
public class EstimationJobs {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-estimation");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** One run: who asked, what it is doing, and its outcome. */
    public static final class Job {
        private final String id;
        private final String owner;
        private final String description;
        private final Map<String, String> listLabels;
        private final List<String> notes;
        private volatile String phase = "waiting";
        private volatile double fraction;
        private volatile EstimateResult result;
        private volatile String error;
        private final Instant started = Instant.now();

        Job(String id, String owner, String description, Map<String, String> listLabels, List<String> notes) {
            this.id = id;
            this.owner = owner;
            this.description = description;
            this.listLabels = Map.copyOf(listLabels);
            this.notes = List.copyOf(notes);
        }

        /** What the reader must know about how the lists were made (linkage not run, say). */
        public List<String> notes() {
            return notes;
        }

        /** A list's name for people: the source's title for a list made from a source, else the name itself. */
        public String listLabel(String list) {
            return listLabels.getOrDefault(list, list);
        }

        /** The job's id. */
        public String id() {
            return id;
        }

        /** What is being estimated. */
        public String description() {
            return description;
        }

        /** The current phase. */
        public String phase() {
            return phase;
        }

        /** Progress in percent. */
        public int percent() {
            return (int) Math.round(fraction * 100);
        }

        /** True when finished, well or not. */
        public boolean done() {
            return result != null || error != null;
        }

        /** The result, once done. */
        public Optional<EstimateResult> result() {
            return Optional.ofNullable(result);
        }

        /** Why it failed, if it did. */
        public Optional<String> error() {
            return Optional.ofNullable(error);
        }
    }

    /** Starts a run and returns its job. */
    public Job start(String owner, String description, CaptureData data, EstimationRequest request) {
        return start(owner, description, data, request, Map.of(), List.of());
    }

    /**
     * Starts a run whose lists have names for people ({@code listLabels}: list name to label, used in its
     * page and in its error message), with notes its page shows beside the result, and returns its job.
     */
    public Job start(String owner, String description, CaptureData data, EstimationRequest request,
                     Map<String, String> listLabels, List<String> notes) {
        Job job = new Job(UUID.randomUUID().toString(), owner, description, listLabels, notes);
        jobs.put(job.id, job);
        worker.submit(() -> {
            try {
                job.result = new EstimationEngine().estimate(data, request, (phase, done, total) -> {
                    job.phase = phase;
                    job.fraction = total == 0 ? 0 : (double) done / total;
                });
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                job.error = "The estimate could not be made: " + StoreLists.withTitles(message, listLabels);
            }
        });
        return job;
    }

    /** A job of this owner. */
    public Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    /** This owner's runs that finished with a result, newest first. */
    public List<Job> finished(String owner) {
        return jobs.values().stream().filter(j -> j.owner.equals(owner) && j.result != null)
                .sorted(Comparator.comparing((Job j) -> j.started).reversed()).toList();
    }

    /** Stops the worker. */
    @PreDestroy
    public void stop() {
        worker.shutdownNow();
    }
}
