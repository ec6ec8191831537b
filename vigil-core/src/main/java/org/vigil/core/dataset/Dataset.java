package org.vigil.core.dataset;

import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A whole data set: every record, grouped by type in a stable order. */
public final class Dataset {

    private final Map<RecordType, List<Record>> byType;
    private final Map<String, Record> byId;

    private Dataset(Map<RecordType, List<Record>> byType) {
        this.byType = new EnumMap<>(RecordType.class);
        this.byId = new LinkedHashMap<>();
        for (RecordType t : RecordType.values()) {
            List<Record> list = List.copyOf(byType.getOrDefault(t, List.of()));
            this.byType.put(t, list);
            list.forEach(r -> byId.putIfAbsent(r.id(), r));
        }
    }

    /** A data set of these records, each type's records kept in the given order. */
    public static Dataset of(Collection<? extends Record> records) {
        Map<RecordType, List<Record>> byType = new EnumMap<>(RecordType.class);
        for (Record r : records) {
            byType.computeIfAbsent(r.recordType(), t -> new ArrayList<>()).add(r);
        }
        return new Dataset(byType);
    }

    /** The empty data set. */
    public static Dataset empty() {
        return of(List.of());
    }

    /** The same records, each type sorted by id: the canonical order of exports. */
    public Dataset sortedById() {
        Map<RecordType, List<Record>> sorted = new EnumMap<>(RecordType.class);
        byType.forEach((t, list) -> sorted.put(t,
                list.stream().sorted(Comparator.comparing(Record::id)).toList()));
        return new Dataset(sorted);
    }

    /** The records of one type. */
    public List<Record> records(RecordType type) {
        return byType.get(type);
    }

    /** The records of one type as their Java class. */
    public <T extends Record> List<T> records(Class<T> type) {
        for (RecordType t : RecordType.values()) {
            if (t.javaType() == type) {
                return byType.get(t).stream().map(type::cast).toList();
            }
        }
        throw new IllegalArgumentException(type.toString());
    }

    /** Every record, type by type. */
    public Stream<Record> all() {
        return byType.values().stream().flatMap(List::stream);
    }

    /** The number of records. */
    public int size() {
        return byType.values().stream().mapToInt(List::size).sum();
    }

    /** The record with this id (the first, should a malformed data set repeat one). */
    public Optional<Record> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Events. */
    public List<Event> events() {
        return records(Event.class);
    }

    /** Acts. */
    public List<Act> acts() {
        return records(Act.class);
    }

    /** Persons and groups. */
    public List<Person> persons() {
        return records(Person.class);
    }

    /** Organisations. */
    public List<Organisation> organisations() {
        return records(Organisation.class);
    }

    /** Involvements. */
    public List<Involvement> involvements() {
        return records(Involvement.class);
    }

    /** Legal proceedings. */
    public List<Proceeding> proceedings() {
        return records(Proceeding.class);
    }

    /** Interventions. */
    public List<Intervention> interventions() {
        return records(Intervention.class);
    }

    /** Sources. */
    public List<Source> sources() {
        return records(Source.class);
    }

    /** Cases under monitoring. */
    public List<MonitoredCase> cases() {
        return records(MonitoredCase.class);
    }

    /** Chain-of-events links. */
    public List<EventLink> eventLinks() {
        return records(EventLink.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.byType.equals(byType);
    }

    @Override
    public int hashCode() {
        return byType.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Dataset[");
        byType.forEach((t, l) -> s.append(t.plural()).append('=').append(l.size()).append(' '));
        return s.toString().strip() + "]";
    }
}
