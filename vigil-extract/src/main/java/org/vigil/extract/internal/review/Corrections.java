package org.vigil.extract.internal.review;

import org.vigil.extract.facts.ChargeFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.Fact;
import org.vigil.extract.facts.GroupFact;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.PlaceFact;
import org.vigil.extract.facts.SentenceFact;
import org.vigil.extract.review.Correctable;
import org.vigil.extract.review.ReviewDecision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a review corrected, carried into every fact that refers to the corrected one. Facts refer to
 * each other by name (a sentence names its person and court, a charge its persons, a dated event its
 * subject), so a corrected name that stayed old in those references would cut the arrest, the charge and
 * the sentence off their person.
 */
public final class Corrections {

    private final Map<String, String> names = new LinkedHashMap<>();

    private Corrections() {
    }

    /** The renames made by these edits: the name read, mapped to the name the reviewer wrote. */
    public static Corrections of(Map<String, Fact> originals, Map<String, ReviewDecision> decisions) {
        Corrections c = new Corrections();
        decisions.forEach((id, d) -> {
            if (d instanceof ReviewDecision.Edit edit && originals.containsKey(id)) {
                Optional<String> before = name(originals.get(id));
                Optional<String> after = name(edit.corrected());
                if (before.isPresent() && after.isPresent() && !before.get().equals(after.get())) {
                    c.names.put(before.get(), after.get());
                }
            }
        });
        return c;
    }

    /** The name by which other facts refer to this one, if they do: the correctable words of a named thing. */
    private static Optional<String> name(Fact f) {
        boolean referredToByName = f instanceof PersonFact || f instanceof GroupFact || f instanceof OrganisationFact
                || f instanceof PlaceFact || f instanceof ChargeFact;
        return referredToByName ? Correctable.text(f) : Optional.empty();
    }

    /** The fact with every reference to a corrected name replaced by the correction. */
    @SuppressWarnings("unchecked")
    public <T extends Fact> T carry(T fact) {
        if (names.isEmpty()) {
            return fact;
        }
        Fact carried = fact;
        if (fact instanceof PersonFact p) {
            carried = new PersonFact(p.id(), p.name(), p.roles(), p.organisation().map(this::renamed),
                    p.nationality(), p.events(), p.evidence());
        } else if (fact instanceof SentenceFact s) {
            carried = new SentenceFact(s.id(), renamed(s.person()), s.penalty(), renamed(s.charges()),
                    s.court().map(this::renamed), s.date(), s.extra(), s.evidence());
        } else if (fact instanceof ChargeFact c) {
            carried = new ChargeFact(c.id(), c.text(), renamed(c.persons()), c.evidence());
        } else if (fact instanceof DatedEventFact e) {
            carried = new DatedEventFact(e.id(), e.date(), e.type(), e.what(), e.who().map(this::renamed),
                    e.evidence());
        }
        return (T) carried;
    }

    private String renamed(String name) {
        return names.getOrDefault(name, name);
    }

    private List<String> renamed(List<String> list) {
        return list.stream().map(this::renamed).toList();
    }
}
