package org.vigil.app.web.estimate;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.result.EstimateResult;
import org.vigil.estimate.run.RunControl;

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
        private volatile String phase = "waiting";
        private volatile double fraction;
        private volatile EstimateResult result;
        private volatile String error;
        private final java.time.Instant started = java.time.Instant.now();

        Job(String id, String owner, String description) {
            this.id = id;
            this.owner = owner;
            this.description = description;
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
        Job job = new Job(UUID.randomUUID().toString(), owner, description);
        jobs.put(job.id, job);
        worker.submit(() -> {
            try {
                job.result = new EstimationEngine().estimate(data, request, RunControl.reporting((phase, done, total) -> {
                    job.phase = phase;
                    job.fraction = total == 0 ? 0 : (double) done / total;
                }));
            } catch (RuntimeException e) {
                job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        });
        return job;
    }

    /** A job of this owner. */
    public Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    /** This owner's runs that finished with a result, newest first. */
    public java.util.List<Job> finished(String owner) {
        return jobs.values().stream().filter(j -> j.owner.equals(owner) && j.result != null)
                .sorted(java.util.Comparator.comparing((Job j) -> j.started).reversed()).toList();
    }

    /** Stops the worker. */
    @PreDestroy
    public void stop() {
        worker.shutdownNow();
    }
}
