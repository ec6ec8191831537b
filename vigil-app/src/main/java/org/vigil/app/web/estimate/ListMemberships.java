package org.vigil.app.web.estimate;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Proceeding;
import org.vigil.estimate.data.Membership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Lists of victims from the store: a person is on a source's list when the source documents them — it
 * is cited by the person record, by an act done to them, or by a proceeding about them. Persons are the
 * linked individuals (one record per real person), so the lists overlap exactly where sources agree.
 */
final class ListMemberships {

    private ListMemberships() {
    }

    /**
     * The memberships of individuals in the chosen sources' lists; {@code personOf} maps a person record
     * to the linked person (its linkage cluster), so two records of one person count once.
     */
    static List<Membership> of(Dataset visible, Set<String> sourceIds,
                               UnaryOperator<String> personOf) {
        Map<String, Set<String>> listsByPerson = new TreeMap<>();
        for (Person p : visible.persons()) {
            if (p.kind() == PersonKind.INDIVIDUAL) {
                add(listsByPerson, p.id(), p.citations(), sourceIds);
            }
        }
        for (Act a : visible.acts()) {
            if (listsByPerson.containsKey(a.victimId()) || isIndividual(visible, a.victimId())) {
                add(listsByPerson, a.victimId(), a.citations(), sourceIds);
            }
        }
        for (Proceeding p : visible.proceedings()) {
            if (isIndividual(visible, p.personId())) {
                add(listsByPerson, p.personId(), p.citations(), sourceIds);
            }
        }
        List<Membership> memberships = new ArrayList<>();
        Map<String, Set<String>> byLinkedPerson = new TreeMap<>();
        listsByPerson.forEach((person, lists) -> byLinkedPerson.computeIfAbsent(personOf.apply(person),
                k -> new LinkedHashSet<>()).addAll(lists));
        byLinkedPerson.forEach((person, lists) -> lists.forEach(list -> memberships.add(Membership.of(person, list))));
        return memberships;
    }

    /** How many people (linked persons) are on each list, for every list given (zero when nobody is). */
    static Map<String, Integer> peopleOnEachList(List<Membership> memberships, Set<String> lists) {
        Map<String, Integer> counts = new TreeMap<>();
        lists.forEach(l -> counts.put(l, 0));
        memberships.forEach(m -> counts.merge(m.list(), 1, Integer::sum));
        return counts;
    }

    private static boolean isIndividual(Dataset d, String id) {
        return d.find(id).filter(Person.class::isInstance).map(r -> ((Person) r).kind() == PersonKind.INDIVIDUAL)
                .orElse(false);
    }

    private static void add(Map<String, Set<String>> lists, String person, List<Citation> citations,
                            Set<String> chosen) {
        for (Citation c : citations) {
            if (chosen.contains(c.sourceId())) {
                lists.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(c.sourceId());
            }
        }
    }
}
