package org.vigil.core.model;

import java.util.Locale;

/** The kinds of record, with their names in data files. */
public enum RecordType {
    EVENT("event", "events", Event.class),
    ACT("act", "acts", Act.class),
    PERSON("person", "persons", Person.class),
    ORGANISATION("organisation", "organisations", Organisation.class),
    INVOLVEMENT("involvement", "involvements", Involvement.class),
    PROCEEDING("proceeding", "proceedings", Proceeding.class),
    INTERVENTION("intervention", "interventions", Intervention.class),
    SOURCE("source", "sources", Source.class),
    EVENT_LINK("event_link", "eventLinks", EventLink.class),
    CASE("case", "cases", MonitoredCase.class);

    private final String code;
    private final String plural;
    private final Class<? extends Record> javaType;

    RecordType(String code, String plural, Class<? extends Record> javaType) {
        this.code = code;
        this.plural = plural;
        this.javaType = javaType;
    }

    /** The type name in JSON ({@code "type": "person"}) and in the store. */
    public String code() {
        return code;
    }

    /** The name of the list of such records in a data set file ({@code persons}). */
    public String plural() {
        return plural;
    }

    /** The Java record class. */
    public Class<? extends Record> javaType() {
        return javaType;
    }

    /** The type of a code such as {@code person}. */
    public static RecordType fromCode(String code) {
        for (RecordType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a record type: use one of event, act, person, "
                + "organisation, involvement, proceeding, intervention, source, event_link, case");
    }

    /** The type of a record. */
    public static RecordType of(Record record) {
        for (RecordType t : values()) {
            if (t.javaType.isInstance(record)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown record class " + record.getClass());
    }

    /** A human label: "Event", "Event link". */
    public String label() {
        String s = code.replace('_', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
