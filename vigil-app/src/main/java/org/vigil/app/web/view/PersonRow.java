package org.vigil.app.web.view;

import org.vigil.core.model.Person;
import org.vigil.core.model.Record;

import java.util.List;

/** A person or group in the list of people: the record, and a group's size in words ("" for none). */
public record PersonRow(Person person, String groupSize) {

    /** The rows of people, in their order. */
    public static List<PersonRow> of(List<? extends Record> people) {
        return people.stream().map(Person.class::cast).map(p -> new PersonRow(p, Plain.text(p.groupSize()))).toList();
    }
}
