package org.vigil.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A documented thing with its own identity and history: the top-level entities of the HURIDOCS
 * Events Standard Formats (event, act, person, organisation, involvement, intervention, source),
 * plus legal proceedings and links that chain events together.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Event.class, name = "event"),
        @JsonSubTypes.Type(value = Act.class, name = "act"),
        @JsonSubTypes.Type(value = Person.class, name = "person"),
        @JsonSubTypes.Type(value = Organisation.class, name = "organisation"),
        @JsonSubTypes.Type(value = Involvement.class, name = "involvement"),
        @JsonSubTypes.Type(value = Proceeding.class, name = "proceeding"),
        @JsonSubTypes.Type(value = Intervention.class, name = "intervention"),
        @JsonSubTypes.Type(value = Source.class, name = "source"),
        @JsonSubTypes.Type(value = EventLink.class, name = "event_link"),
        @JsonSubTypes.Type(value = MonitoredCase.class, name = "case")})
public sealed interface Record
        permits Event, Act, Person, Organisation, Involvement, Proceeding, Intervention, Source, EventLink,
        MonitoredCase {

    /** The record's identifier, unique across all record types of a data set. */
    String id();

    /** Who may see the record. */
    Confidentiality confidentiality();

    /** The sources, and spans within them, that support the record. */
    List<Citation> citations();

    /** A short human-readable name for lists and links. */
    String label();

    /**
     * The date records are ordered by and searched on: an event's or act's start, the date of a legal step,
     * an intervention or a source, a person's birth date; empty for types without a date of their own.
     */
    Optional<PartialDate> sortDate();

    /** The end of the record's span, for types that last (events and acts); otherwise empty. */
    Optional<PartialDate> endDate();

    /** The kind of record. */
    default RecordType recordType() {
        return RecordType.of(this);
    }
}
