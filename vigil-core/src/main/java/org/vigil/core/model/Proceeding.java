package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A legal step concerning a person: arrest, charge, detention, trial, verdict, sentence, appeal,
 * release or extradition request.
 *
 * @param id              identifier
 * @param personId        the person or group concerned
 * @param eventId         the event the proceeding arises from
 * @param date            when
 * @param authorityId     the court, prosecutor or force that acted
 * @param step            what was done, with its details
 * @param description     narrative
 * @param confidentiality who may see it
 * @param citations       supporting sources
 */
public record Proceeding(String id, String personId, Optional<String> eventId, Optional<PartialDate> date,
                         Optional<String> authorityId, ProceedingStep step, Optional<String> description,
                         Confidentiality confidentiality, List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Proceeding {
        id = Fields.required(id);
        personId = Fields.required(personId);
        eventId = Fields.text(eventId);
        date = Fields.optional(date);
        authorityId = Fields.text(authorityId);
        description = Fields.text(description);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    @Override
    public String label() {
        return (step == null ? "proceeding" : step.kindCode().replace('_', ' ')) + " of " + personId;
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
