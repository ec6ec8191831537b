package org.vigil.report.internal.build;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Event;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingChronology;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.report.content.CaseBox;
import org.vigil.report.content.Statement;
import org.vigil.report.internal.text.Phrases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A box for every individual with proceedings in the entry's events, or under monitoring: names in other
 * scripts, who they are, where the case stands and every step of the proceedings, oldest first.
 */
final class CaseBoxes {

    /** Steps in the order a case moves through them; the furthest one reached gives the status. */
    private static final List<String> STATUS_ORDER = List.of("arrest", "charge", "detention", "extradition_request",
            "trial", "verdict", "sentence", "appeal", "release");

    private final Scope scope;
    private final Phrases phrases;
    private final RecordNames names;
    private final StepSentences steps;
    private final Endnotes notes;

    CaseBoxes(Scope scope, Phrases phrases, RecordNames names, StepSentences steps, Endnotes notes) {
        this.scope = scope;
        this.phrases = phrases;
        this.names = names;
        this.steps = steps;
        this.notes = notes;
    }

    /** The boxes, in order of each person's first appearance in the entry. */
    List<CaseBox> boxes() {
        Dataset data = scope.data();
        Set<String> people = new LinkedHashSet<>();
        for (Event e : scope.events()) {
            scope.proceedings(e.id()).forEach(p -> people.add(p.personId()));
        }
        Map<String, MonitoredCase> monitored = new LinkedHashMap<>();
        data.cases().forEach(c -> monitored.put(c.personId(), c));
        people.addAll(monitored.keySet());
        Map<String, List<Proceeding>> byPerson = new LinkedHashMap<>();
        data.proceedings().forEach(p -> byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        List<CaseBox> boxes = new ArrayList<>();
        for (String id : people) {
            Optional<Person> person = data.find(id).filter(Person.class::isInstance).map(Person.class::cast)
                    .filter(p -> p.kind() == PersonKind.INDIVIDUAL);
            List<Proceeding> all = ProceedingChronology.order(byPerson.getOrDefault(id, List.of()));
            if (person.isPresent() && (!all.isEmpty() || monitored.containsKey(id))) {
                boxes.add(box(person.get(), all, Optional.ofNullable(monitored.get(id))));
            }
        }
        return boxes;
    }

    private CaseBox box(Person p, List<Proceeding> all, Optional<MonitoredCase> monitored) {
        List<Statement> timeline = new ArrayList<>();
        for (Proceeding x : all) {
            String when = x.date().map(d -> phrases.dates().plain(d)).orElse(phrases.get("case.undated"));
            timeline.add(notes.statement(phrases.get("case.entry", when, steps.entry(x)), x.citations()));
        }
        String status = phrases.label(VocabularyKind.CASE_STATUS,
                monitored.map(MonitoredCase::status).orElse(derivedStatus(all)));
        List<String> others = p.names().stream().skip(1).map(n -> n.value()).toList();
        List<String> about = new ArrayList<>();
        p.occupation().ifPresent(about::add);
        for (String d : p.descriptors()) {
            String label = phrases.label(VocabularyKind.PERSON_DESCRIPTOR, d).toLowerCase(phrases.locale());
            // "lawyer" need not follow "Lawyer; former legal representative...".
            if (about.stream().noneMatch(a -> a.toLowerCase(phrases.locale()).startsWith(label))) {
                about.add(label);
            }
        }
        return new CaseBox(names.person(p), others, EventNarrative.sentence(String.join("; ", about)), status, timeline);
    }

    /** Where a case stands when no case record says: from the furthest step the proceedings reached. */
    private static String derivedStatus(List<Proceeding> steps) {
        int furthest = -1;
        for (Proceeding p : steps) {
            furthest = Math.max(furthest, STATUS_ORDER.indexOf(p.step().kindCode()));
        }
        return switch (furthest < 0 ? "" : STATUS_ORDER.get(furthest)) {
            case "release" -> "released";
            case "sentence", "appeal", "verdict" -> "imprisoned";
            case "trial" -> "on_trial";
            case "extradition_request" -> "awaiting_extradition";
            case "" -> "at_risk";
            default -> "detained";
        };
    }
}
