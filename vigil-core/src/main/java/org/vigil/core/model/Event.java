package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * Something that happened at a place and time and involved one or more acts (HURIDOCS "event").
 *
 * @param id                   identifier
 * @param title                a short title ("Zhanaozen clashes")
 * @param description          narrative summary
 * @param places               where it happened
 * @param start                when it began
 * @param end                  when it ended, if it lasted
 * @param violationCategories  codes of the violation_categories vocabulary
 * @param tallies              figures reported without names
 * @param monitoringStatus     code of the monitoring_statuses vocabulary
 * @param confidentiality      who may see it
 * @param citations            supporting sources
 */
public record Event(String id, String title, Optional<String> description, List<Place> places,
                    Optional<PartialDate> start, Optional<PartialDate> end, List<String> violationCategories,
                    List<Tally> tallies, String monitoringStatus, Confidentiality confidentiality,
                    List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Event {
        id = Fields.required(id);
        title = Fields.required(title);
        description = Fields.text(description);
        places = Fields.list(places);
        start = Fields.optional(start);
        end = Fields.optional(end);
        violationCategories = Fields.list(violationCategories);
        tallies = Fields.list(tallies);
        monitoringStatus = monitoringStatus == null || monitoringStatus.isBlank() ? "open" : monitoringStatus;
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return start();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return end();
    }
}
