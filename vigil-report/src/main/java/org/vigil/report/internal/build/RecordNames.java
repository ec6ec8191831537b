package org.vigil.report.internal.build;

import org.vigil.core.count.Count;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Place;
import org.vigil.core.model.Record;
import org.vigil.core.model.Source;
import org.vigil.report.internal.text.Phrases;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a report names records, figures and places in its language. */
final class RecordNames {

    private final Dataset data;
    private final Phrases phrases;

    RecordNames(Dataset data, Phrases phrases) {
        this.data = data;
        this.phrases = phrases;
    }

    /** The name of a record: a person's (or pseudonym), a group with its size, an organisation, an event. */
    String of(String id) {
        return data.find(id).map(this::of).orElse(phrases.get("name.withheld"));
    }

    String of(Record r) {
        if (r instanceof Person p) {
            return person(p);
        }
        if (r instanceof Organisation o) {
            return organisation(o);
        }
        if (r instanceof Event e) {
            return e.title();
        }
        if (r instanceof Source s) {
            return s.title();
        }
        return r.label();
    }

    /** An organisation's name, with the article the language puts before institutions ("the Supreme Court"). */
    String organisation(Organisation o) {
        String name = o.name();
        boolean institution = INSTITUTIONS.contains(o.kind())
                || o.kind().equals("political_party") && name.toLowerCase(Locale.ROOT).endsWith("party");
        boolean hasArticle = name.matches("(?i)^(a|an|the)\\s.*");
        if (hasArticle) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return institution ? phrases.get("name.institution", name) : name;
    }

    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("prosecutor", "police", "court",
            "security_service", "government", "legislature", "un_body", "ministry", "military", "intergovernmental",
            "national_human_rights_institution", "prison_service");

    String person(Person p) {
        if (p.anonymity().isPresent()) {
            return p.anonymity().get().pseudonym();
        }
        if (!p.names().isEmpty()) {
            return p.names().get(0).value();
        }
        String description = p.groupDescription().orElse(phrases.get("name.unnamed"));
        // "seven of the 37 defendants" or "a theatre director and a youth activist" already say how many.
        boolean saysHowMany = description.matches("(?iu)^(\\d|a |an |the |one |two |three |four |five |six |seven |eight "
                + "|nine |ten |all |some |several |many |most |both ).*");
        return p.groupSize().filter(c -> !saysHowMany).map(c -> count(c) + " " + description).orElse(description);
    }

    /** The grammatical form a person takes in verbs: "group" (plural), "female" or "other". */
    String form(String personId) {
        return data.find(personId).filter(Person.class::isInstance).map(Person.class::cast)
                .map(p -> p.kind() == PersonKind.GROUP ? "group" : "female".equals(p.sex()) ? "female" : "other")
                .orElse("other");
    }

    /** A figure with its qualifier: "at least 15", "more than 100", "37". */
    String count(Count c) {
        String qualifier = phrases.get("count.qualifier." + c.qualifier().code());
        String number = String.format(Locale.ROOT, "%d", c.value());
        return qualifier.isEmpty() ? number : qualifier + " " + number;
    }

    /** Places as the report writes them: "Zhanaozen (Mangistau Region)", joined. */
    String places(List<Place> places) {
        // "Zhanaozen (Mangistau Region)" already says "Mangistau Region": the region is not listed again.
        java.util.Set<String> regions = places.stream().map(Place::region).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        return places.stream().filter(p -> !(p.region().isEmpty() && regions.contains(p.name()))).map(this::place)
                .distinct().collect(Collectors.joining(phrases.get("list.separator")));
    }

    String place(Place p) {
        String name = p.name();
        return p.region().filter(r -> !r.equals(name)).map(r -> name + " (" + r + ")").orElse(name);
    }

    /** Items joined as a list: "a, b and c". */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(phrases.get("list.separator"), items.subList(0, items.size() - 1))
                + phrases.get("list.last") + items.get(items.size() - 1);
    }
}
