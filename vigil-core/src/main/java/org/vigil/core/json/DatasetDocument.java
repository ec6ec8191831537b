package org.vigil.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;

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
import org.vigil.core.model.Source;
import org.vigil.core.dataset.Dataset;

import java.util.ArrayList;
import java.util.List;

/** The top level of a data set file: a format marker, a version and one list per record type. */
record DatasetDocument(String format, @JsonProperty(required = true) int version, List<Source> sources, List<Organisation> organisations,
                       List<Person> persons, List<Event> events, List<EventLink> eventLinks, List<Act> acts,
                       List<Involvement> involvements, List<Proceeding> proceedings,
                       List<Intervention> interventions, List<MonitoredCase> cases) {

    static final String FORMAT = "vigil-dataset";
    static final int VERSION = 1;

    DatasetDocument {
        sources = nonNull(sources);
        organisations = nonNull(organisations);
        persons = nonNull(persons);
        events = nonNull(events);
        eventLinks = nonNull(eventLinks);
        acts = nonNull(acts);
        involvements = nonNull(involvements);
        proceedings = nonNull(proceedings);
        interventions = nonNull(interventions);
        cases = nonNull(cases);
    }

    static DatasetDocument of(Dataset d) {
        return new DatasetDocument(FORMAT, VERSION, d.sources(), d.organisations(), d.persons(), d.events(),
                d.eventLinks(), d.acts(), d.involvements(), d.proceedings(), d.interventions(), d.cases());
    }

    Dataset toDataset() {
        List<Record> all = new ArrayList<>();
        all.addAll(sources);
        all.addAll(organisations);
        all.addAll(persons);
        all.addAll(events);
        all.addAll(eventLinks);
        all.addAll(acts);
        all.addAll(involvements);
        all.addAll(proceedings);
        all.addAll(interventions);
        all.addAll(cases);
        return Dataset.of(all);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
