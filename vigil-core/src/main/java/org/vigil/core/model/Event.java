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

    /** A builder for an event with this id and nothing else known yet. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** A builder holding this record's fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.title = title;
        b.description = description;
        b.places = places;
        b.start = start;
        b.end = end;
        b.violationCategories = violationCategories;
        b.tallies = tallies;
        b.monitoringStatus = monitoringStatus;
        b.confidentiality = confidentiality;
        b.citations = citations;
        return b;
    }

    /** Builds an event field by field; absent fields take the canonical constructor's defaults. */
    public static final class Builder {
        private String id;
        private String title;
        private Optional<String> description;
        private List<Place> places;
        private Optional<PartialDate> start;
        private Optional<PartialDate> end;
        private List<String> violationCategories;
        private List<Tally> tallies;
        private String monitoringStatus;
        private Confidentiality confidentiality;
        private List<Citation> citations;

        private Builder() {
        }

        /** Sets id. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets description. */
        public Builder description(Optional<String> value) {
            this.description = value;
            return this;
        }

        /** Sets description to a known value. */
        public Builder description(String value) {
            this.description = Optional.ofNullable(value);
            return this;
        }

        /** Sets places. */
        public Builder places(List<Place> value) {
            this.places = value;
            return this;
        }

        /** Sets places. */
        public Builder places(Place... values) {
            this.places = List.of(values);
            return this;
        }

        /** Sets start. */
        public Builder start(Optional<PartialDate> value) {
            this.start = value;
            return this;
        }

        /** Sets start to a known value. */
        public Builder start(PartialDate value) {
            this.start = Optional.ofNullable(value);
            return this;
        }

        /** Sets end. */
        public Builder end(Optional<PartialDate> value) {
            this.end = value;
            return this;
        }

        /** Sets end to a known value. */
        public Builder end(PartialDate value) {
            this.end = Optional.ofNullable(value);
            return this;
        }

        /** Sets violationCategories. */
        public Builder violationCategories(List<String> value) {
            this.violationCategories = value;
            return this;
        }

        /** Sets violationCategories. */
        public Builder violationCategories(String... values) {
            this.violationCategories = List.of(values);
            return this;
        }

        /** Sets tallies. */
        public Builder tallies(List<Tally> value) {
            this.tallies = value;
            return this;
        }

        /** Sets tallies. */
        public Builder tallies(Tally... values) {
            this.tallies = List.of(values);
            return this;
        }

        /** Sets monitoringStatus. */
        public Builder monitoringStatus(String value) {
            this.monitoringStatus = value;
            return this;
        }

        /** Sets confidentiality. */
        public Builder confidentiality(Confidentiality value) {
            this.confidentiality = value;
            return this;
        }

        /** Sets citations. */
        public Builder citations(List<Citation> value) {
            this.citations = value;
            return this;
        }

        /** Sets citations. */
        public Builder citations(Citation... values) {
            this.citations = List.of(values);
            return this;
        }

        /** The record. */
        public Event build() {
            return new Event(id, title, description, places, start, end, violationCategories, tallies, monitoringStatus, confidentiality, citations);
        }
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
