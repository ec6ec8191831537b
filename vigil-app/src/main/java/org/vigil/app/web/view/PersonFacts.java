package org.vigil.app.web.view;

import org.vigil.core.model.Person;

import java.util.List;

/**
 * What a person's page says about them in plain text, "" where the record says nothing.
 *
 * @param groupSize how many a group counts
 * @param born      the birth date in words
 */
public record PersonFacts(List<Name> names, String groupSize, String occupation, String nationality, String born) {

    /**
     * One of the person's names.
     *
     * @param language the name's language tag, or null when not known (so the page writes no lang attribute)
     */
    public record Name(String value, String language, String script) {
    }

    /** The facts of a person. */
    public static PersonFacts of(Person p) {
        List<Name> names = p.names().stream()
                .map(n -> new Name(n.value(), n.language().orElse(null), n.script())).toList();
        return new PersonFacts(names, Plain.text(p.groupSize()), Plain.text(p.occupation()),
                Plain.text(p.nationality()), Plain.date(p.birthDate()));
    }
}
