package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A person at risk whom researchers follow closely — a prisoner of conscience, someone held for
 * extradition — with the dates to watch and the limit beyond which detention raises an alert.
 *
 * @param id                 identifier
 * @param personId           the person followed
 * @param status             code of the case_statuses vocabulary
 * @param detainedSince      start of the current detention, if detained
 * @param detentionLimitDays alert when detention lasts longer than this
 * @param nextDates          hearings, appeals and other dates to watch
 * @param notes              the researcher's notes
 * @param confidentiality    who may see it
 * @param citations          supporting sources
 */
public record MonitoredCase(String id, String personId, String status, Optional<PartialDate> detainedSince,
                            Optional<Integer> detentionLimitDays, List<ScheduledDate> nextDates,
                            Optional<String> notes, Confidentiality confidentiality,
                            List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public MonitoredCase {
        id = Fields.required(id);
        personId = Fields.required(personId);
        status = Fields.required(status);
        detainedSince = Fields.optional(detainedSince);
        detentionLimitDays = Fields.optional(detentionLimitDays);
        nextDates = Fields.list(nextDates);
        notes = Fields.text(notes);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    @Override
    public String label() {
        return "case of " + personId;
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
