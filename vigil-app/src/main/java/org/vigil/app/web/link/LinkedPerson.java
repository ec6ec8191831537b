package org.vigil.app.web.link;

import org.vigil.core.model.Citation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A person record as a reviewer sees it on the linkage page: the name it is shown by, its other
 * spellings and scripts, and the titles of the sources that cite it. The id is only for the link.
 *
 * @param id         the record's id, for its URL
 * @param name       the name shown (a pseudonym for a person who must not be named)
 * @param otherNames the other names recorded, in other spellings or scripts (none for a pseudonym)
 * @param sources    titles of the visible sources the record cites
 */
public record LinkedPerson(String id, String name, List<String> otherNames, List<String> sources) {

    /** Copies the lists. */
    public LinkedPerson {
        otherNames = List.copyOf(otherNames);
        sources = List.copyOf(sources);
    }

    /** The view of a visible record; {@code sourceTitle} gives the title of a source the caller may see. */
    public static LinkedPerson of(Record visible, Function<String, Optional<String>> sourceTitle) {
        String name = visible.label();
        List<String> others = new ArrayList<>();
        if (visible instanceof Person p && p.anonymity().isEmpty()) {
            Set<String> distinct = new LinkedHashSet<>();
            for (PersonName n : p.names()) {
                distinct.add(n.value());
            }
            distinct.remove(name);
            others.addAll(distinct);
        }
        Set<String> titles = new LinkedHashSet<>();
        for (Citation c : visible.citations()) {
            sourceTitle.apply(c.sourceId()).ifPresent(titles::add);
        }
        return new LinkedPerson(visible.id(), name, others, List.copyOf(titles));
    }

    /** Whether the shown name is a pseudonym, so real names must not appear beside it. */
    static boolean pseudonymous(Record visible) {
        return visible instanceof Person p && p.anonymity().isPresent();
    }
}
