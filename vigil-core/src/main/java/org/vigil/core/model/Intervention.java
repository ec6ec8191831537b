package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * Action taken on behalf of victims: an appeal, a complaint, a UN body's decision (HURIDOCS "intervention").
 *
 * @param id              identifier
 * @param byId            the organisation that intervened
 * @param kind            code of the intervention_types vocabulary
 * @param date            when
 * @param targetIds       the events, persons or proceedings it concerns
 * @param description     what was asked or decided
 * @param response        the authorities' response, if any
 * @param confidentiality who may see it
 * @param citations       supporting sources
 */
public record Intervention(String id, Optional<String> byId, String kind, Optional<PartialDate> date,
                           List<String> targetIds, Optional<String> description, Optional<String> response,
                           Confidentiality confidentiality, List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Intervention {
        id = Fields.required(id);
        byId = Fields.text(byId);
        kind = Fields.required(kind);
        date = Fields.optional(date);
        targetIds = Fields.list(targetIds);
        description = Fields.text(description);
        response = Fields.text(response);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    @Override
    public String label() {
        return kind.replace('_', ' ') + byId.map(b -> " by " + b).orElse("");
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return date();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return Optional.empty();
    }
}
