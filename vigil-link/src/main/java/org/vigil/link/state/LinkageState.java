package org.vigil.link.state;

import org.vigil.core.provenance.Provenance;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.review.ReviewDecision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a linkage keeps between runs, to be persisted by the store: each record's cluster id, the
 * reviewers' decisions, and the fitted model. Serialises to JSON with {@link LinkageStateJson}.
 *
 * @param format     always {@value #FORMAT}
 * @param version    format version, {@value #VERSION} (version 1 files are read and upgraded)
 * @param clusters   cluster id of each record id, sorted by record id
 * @param decisions  reviewers' decisions, sorted by pair
 * @param model      the model fitted by the last full run, if any
 * @param provenance how the clusters were last computed, if ever, in the one provenance shape of Vigil
 */
public record LinkageState(String format, int version, Map<String, String> clusters, List<ReviewDecision> decisions,
                           Optional<FellegiSunterModel> model, Optional<Provenance> provenance) {

    /** Format marker. */
    public static final String FORMAT = "vigil-linkage-state";
    /**
     * Format version. 2: the provenance is the core {@link Provenance} (settings by name, inputs with
     * their SHA-256) instead of linkage's own shape with a settings hash and record counts.
     */
    public static final int VERSION = 2;

    /** Sorts and copies. */
    public LinkageState {
        format = format == null ? FORMAT : format;
        clusters = Collections.unmodifiableMap(new TreeMap<>(clusters == null ? Map.of() : clusters));
        List<ReviewDecision> sorted = new ArrayList<>(decisions == null ? List.of() : decisions);
        sorted.sort((a, b) -> a.recordA().equals(b.recordA()) ? a.recordB().compareTo(b.recordB())
                : a.recordA().compareTo(b.recordA()));
        decisions = List.copyOf(sorted);
        model = model == null ? Optional.empty() : model;
        provenance = provenance == null ? Optional.empty() : provenance;
    }

    /** A state before any run: no clusters, decisions or model. */
    public static LinkageState empty() {
        return new LinkageState(FORMAT, VERSION, Map.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * The same state with a reviewer's decision added; a newer decision on the same pair replaces
     * the older one (a person may change their mind; a run never does).
     */
    public LinkageState withDecision(ReviewDecision decision) {
        List<ReviewDecision> list = new ArrayList<>();
        for (ReviewDecision d : decisions) {
            if (!d.samePair(decision)) {
                list.add(d);
            }
        }
        list.add(decision);
        return new LinkageState(format, version, clusters, list, model, provenance);
    }

    /** The cluster id of a record, if it has been linked. */
    public Optional<String> clusterOf(String recordId) {
        return Optional.ofNullable(clusters.get(recordId));
    }
}
