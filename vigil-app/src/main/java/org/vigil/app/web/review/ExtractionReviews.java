package org.vigil.app.web.review;

import org.springframework.stereotype.Component;
import org.vigil.extract.Extraction;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extractions waiting for review, held in memory only (never written anywhere) and only for the user
 * who made them, for at most a day: nothing unreviewed reaches the data set.
 */
@Component
public class ExtractionReviews {

    private static final Duration KEEP = Duration.ofHours(24);

    /** One pending review: the extraction, its text and the choices for the source record. */
    public record Pending(String id, String owner, Extraction extraction, String text, String title,
                         String confidentiality, Instant created) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** Keeps an extraction for review and returns its id. */
    public Pending add(String owner, Extraction extraction, String text, String title, String confidentiality) {
        pending.values().removeIf(p -> p.created().plus(KEEP).isBefore(Instant.now()));
        Pending p = new Pending(UUID.randomUUID().toString(), owner, extraction, text, title, confidentiality,
                Instant.now());
        pending.put(p.id(), p);
        return p;
    }

    /** A pending review of this owner. */
    public Optional<Pending> find(String id, String owner) {
        return Optional.ofNullable(pending.get(id)).filter(p -> p.owner().equals(owner));
    }

    /** Forgets a review (after it was stored or abandoned). */
    public void remove(String id) {
        pending.remove(id);
    }
}
