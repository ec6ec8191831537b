package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A chain-of-events link between two events (HURIDOCS "chain of events").
 *
 * @param id              identifier
 * @param fromEventId     the earlier or containing event
 * @param toEventId       the later or contained event
 * @param kind            code of the event_link_types vocabulary
 * @param description     how they are connected
 * @param confidentiality who may see it
 * @param citations       supporting sources
 */
public record EventLink(String id, String fromEventId, String toEventId, String kind, Optional<String> description,
                        Confidentiality confidentiality, List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public EventLink {
        id = Fields.required(id);
        fromEventId = Fields.required(fromEventId);
        toEventId = Fields.required(toEventId);
        kind = Fields.required(kind);
        description = Fields.text(description);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    @Override
    public String label() {
        return fromEventId + " " + kind.replace('_', ' ') + " " + toEventId;
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return Optional.empty();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return Optional.empty();
    }
}
