package org.vigil.app.web.review;

import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What storing a reviewed report made, as a person wants to see it afterwards: "Stored: 1 source, 2 events,
 * 2 persons, 3 acts, 1 legal proceeding with 3 steps", and each record by its title, linked.
 *
 * @param headline the counts in one sentence
 * @param sections the records by kind
 */
public record StoredSummary(String headline, List<Section> sections) {

    /** Copies the list. */
    public StoredSummary {
        sections = List.copyOf(sections);
    }

    /** Records of one kind under a heading. */
    public record Section(String heading, List<Entry> entries) {
        /** Copies the list. */
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One record, or one person's legal proceeding with its steps.
     *
     * @param title  the record's title
     * @param href   where it is shown
     * @param detail a date or a kind in words; may be empty
     * @param steps  the steps of a legal proceeding, in date order
     */
    public record Entry(String title, String href, String detail, List<String> steps) {
        /** Copies the list. */
        public Entry {
            steps = List.copyOf(steps);
        }
    }

    /** The summary of a source and the records citing it. */
    public static StoredSummary of(Source source, List<Record> citing) {
        Vocabularies vocab = Vocabularies.builtIn();
        Map<String, String> labels = new LinkedHashMap<>();
        citing.forEach(r -> labels.put(r.id(), r.label()));
        List<Event> events = of(citing, Event.class);
        List<Person> persons = of(citing, Person.class);
        List<Organisation> organisations = of(citing, Organisation.class);
        List<Act> acts = of(citing, Act.class);
        Map<String, List<Proceeding>> proceedings = new LinkedHashMap<>();
        of(citing, Proceeding.class).stream().sorted(Comparator.comparing((Proceeding p) -> p.date().orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(p -> proceedings.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        int steps = proceedings.values().stream().mapToInt(List::size).sum();

        List<String> counts = new ArrayList<>(List.of("1 source"));
        counts.add(plural(events.size(), "event", "events"));
        counts.add(plural(persons.size(), "person", "persons"));
        if (!organisations.isEmpty()) {
            counts.add(plural(organisations.size(), "organisation", "organisations"));
        }
        counts.add(plural(acts.size(), "act", "acts"));
        counts.add(plural(proceedings.size(), "legal proceeding", "legal proceedings")
                + " with " + plural(steps, "step", "steps"));

        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Source", List.of(new Entry(source.title(), "/records/" + source.id(),
                source.text().map(t -> t.length() + " characters of text").orElse(""), List.of()))));
        sections.add(new Section("Events", events.stream().map(e -> new Entry(e.title(), "/events/" + e.id(),
                dates(e.start(), e.end()), List.of())).toList()));
        sections.add(new Section("Persons", persons.stream().map(p -> new Entry(p.label(), "/persons/" + p.id(),
                p.groupSize().isPresent() ? "group" : "", List.of())).toList()));
        sections.add(new Section("Organisations", organisations.stream().map(o -> new Entry(o.name(),
                "/organisations/" + o.id(), vocab.get(VocabularyKind.ORGANISATION_TYPE).label(o.kind()), List.of()))
                .toList()));
        sections.add(new Section("Acts", acts.stream().map(a -> new Entry(
                vocab.get(VocabularyKind.ACT_TYPE).label(a.actType()) + " — " + labels.getOrDefault(a.victimId(), ""),
                "/events/" + a.eventId(), detail(a, vocab), List.of())).toList()));
        sections.add(new Section("Legal proceedings", proceedings.entrySet().stream().map(e -> new Entry(
                "Legal proceeding of " + labels.getOrDefault(e.getKey(), "a person not shown"), "/persons/" + e.getKey(),
                plural(e.getValue().size(), "step", "steps"),
                e.getValue().stream().map(StoredSummary::step).toList())).toList()));
        return new StoredSummary("Stored: " + String.join(", ", counts), sections.stream()
                .filter(s -> !s.entries().isEmpty()).toList());
    }

    private static <T extends Record> List<T> of(List<Record> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String dates(Optional<PartialDate> start, Optional<PartialDate> end) {
        return start.map(s -> s.toEnglish() + end.map(e -> " – " + e.toEnglish()).orElse("")).orElse("date not stated");
    }

    private static String detail(Act a, Vocabularies vocab) {
        String when = a.start().map(PartialDate::toEnglish).orElse("date not stated");
        String methods = a.torture().map(t -> t.methods().stream()
                .map(m -> vocab.get(VocabularyKind.TORTURE_METHOD).label(m).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))).filter(m -> !m.isEmpty()).map(m -> "; methods: " + m).orElse("");
        return when + methods;
    }

    /** A step in words with its date: "Charged with “spreading false information” (Article 341…), 10 March 2023". */
    private static String step(Proceeding p) {
        ProceedingStep s = p.step();
        String what;
        if (s instanceof ProceedingStep.Arrest a) {
            what = "Arrested" + a.place().map(x -> " in " + x).orElse("");
        } else if (s instanceof ProceedingStep.Charge c) {
            what = "Charged with " + c.charges().stream().map(StoredSummary::charge).collect(Collectors.joining(" and "));
        } else if (s instanceof ProceedingStep.Sentence x) {
            what = "Sentenced" + (x.describe().isEmpty() ? "" : ": " + x.describe());
        } else if (s instanceof ProceedingStep.Trial t) {
            what = "Trial" + (t.fairTrialConcerns().isEmpty() ? "" : " (fair-trial concerns: "
                    + t.fairTrialConcerns().stream().map(code -> Vocabularies.builtIn()
                    .get(VocabularyKind.FAIR_TRIAL_CONCERN).label(code).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("; ")) + ")");
        } else if (s instanceof ProceedingStep.Verdict v) {
            what = "Verdict: " + v.outcome();
        } else if (s instanceof ProceedingStep.Appeal a) {
            what = "Appeal: " + a.outcome();
        } else if (s instanceof ProceedingStep.Release r) {
            what = "Released (" + r.manner().replace('_', ' ') + ")";
        } else {
            what = s.kindCode().replace('_', ' ');
        }
        return what + ", " + p.date().map(PartialDate::toEnglish).orElse("date not stated");
    }

    private static String charge(ChargeText c) {
        return "“" + c.text() + "”" + c.legalArticle().map(a -> " (" + a + ")").orElse("");
    }
}
