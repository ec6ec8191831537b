package org.vigil.app.web;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingChronology;
import org.vigil.core.model.Record;
import org.vigil.core.model.Source;
import org.vigil.core.time.Chronology;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Read-only views of a data set for the pages: events with their acts, and each person's case timeline. */
public final class Casebook {

    private final Dataset dataset;
    private final Vocabularies vocab;
    private final RecordTitles titles;

    Casebook(Dataset dataset, Vocabularies vocab) {
        this.dataset = dataset;
        this.vocab = vocab;
        this.titles = new RecordTitles(dataset::find, vocab);
    }

    /**
     * A line of a timeline.
     *
     * @param rank where a legal step falls in the course of a case, or {@link Chronology#NO_RANK}
     */
    public record TimelineEntry(Optional<PartialDate> date, String what, String link, String linkLabel, int rank) {
        /** The date in English. */
        public String dateText() {
            return date.map(PartialDate::toEnglish).orElse("date not stated");
        }
    }

    /** A reference rendered as a link. */
    public record Ref(String id, String label, String href) {
    }

    public Dataset dataset() {
        return dataset;
    }

    public String label(VocabularyKind kind, String code) {
        return vocab.get(kind).label(code);
    }

    public Ref ref(String id) {
        Optional<Record> r = dataset.find(id);
        if (r.isEmpty()) {
            // Either missing or not visible to this user: say nothing about which.
            return new Ref(id, "(record not available)", null);
        }
        return new Ref(id, titles.of(r.get()), r.get().recordType().pageOf(id));
    }

    /** A record's title in words ("Torture of Roza Tuletayeva, late January 2012"). */
    public String title(Record r) {
        return titles.of(r);
    }

    /** Words for a code written with underscores, for codes no vocabulary holds ("at_least" → "at least"). */
    public String words(String code) {
        return code.replace('_', ' ');
    }

    public List<Event> eventsByDate() {
        return dataset.events().stream()
                .sorted(Comparator.comparing((Event e) -> e.start().orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::title))
                .toList();
    }

    public List<Act> actsOf(Event e) {
        return dataset.acts().stream().filter(a -> a.eventId().equals(e.id())).toList();
    }

    public List<Involvement> involvementsOf(Act a) {
        return dataset.involvements().stream().filter(i -> i.actId().equals(a.id())).toList();
    }

    public List<Proceeding> proceedingsOf(Event e) {
        return inCourseOfCase(dataset.proceedings().stream()
                .filter(p -> p.eventId().filter(e.id()::equals).isPresent()).toList());
    }

    public List<Intervention> interventionsAbout(String id) {
        return dataset.interventions().stream().filter(i -> i.targetIds().contains(id)).toList();
    }

    public List<Ref> linkedEvents(Event e) {
        List<Ref> refs = new ArrayList<>();
        for (EventLink l : dataset.eventLinks()) {
            if (l.fromEventId().equals(e.id())) {
                Ref to = ref(l.toEventId());
                refs.add(new Ref(to.id(), label(VocabularyKind.EVENT_LINK_TYPE, l.kind()) + ": " + to.label(), to.href()));
            } else if (l.toEventId().equals(e.id())) {
                Ref from = ref(l.fromEventId());
                refs.add(new Ref(from.id(), "Came after or out of: " + from.label(), from.href()));
            }
        }
        return refs;
    }

    public List<Person> individuals() {
        return dataset.persons().stream().filter(p -> p.groupSize().isEmpty() && p.groupDescription().isEmpty())
                .sorted(Comparator.comparing(Person::label)).toList();
    }

    public List<Person> groups() {
        return dataset.persons().stream().filter(p -> p.groupDescription().isPresent())
                .sorted(Comparator.comparing(Person::label)).toList();
    }

    public List<Organisation> organisations() {
        return dataset.organisations().stream().sorted(Comparator.comparing(Organisation::name)).toList();
    }

    /** The involvements in which an organisation or person is the perpetrator, with their acts. */
    public List<Involvement> involvementsBy(String perpetratorId) {
        return dataset.involvements().stream().filter(i -> i.perpetratorId().equals(perpetratorId)).toList();
    }

    /** The act of an involvement. */
    public Optional<Act> act(String id) {
        return dataset.find(id).filter(Act.class::isInstance).map(Act.class::cast);
    }

    /** Proceedings in which an organisation acted (court, prosecutor, force). */
    public List<Proceeding> proceedingsBy(String authorityId) {
        return inCourseOfCase(dataset.proceedings().stream()
                .filter(p -> p.authorityId().filter(authorityId::equals).isPresent()).toList());
    }

    /** A proceeding step in English. */
    public String describe(Proceeding p) {
        return StepDescription.of(p.step(), vocab);
    }

    /** A vocabulary label by vocabulary file name, for templates. */
    public String term(String vocabulary, String code) {
        for (VocabularyKind k : VocabularyKind.values()) {
            if (k.fileName().equals(vocabulary)) {
                return label(k, code);
            }
        }
        return code;
    }

    public List<Source> sources() {
        return dataset.sources();
    }

    /** Everything that happened to or was done by a person, in date order (undated last). */
    public List<TimelineEntry> timeline(Person p) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Act a : dataset.acts()) {
            if (a.victimId().equals(p.id())) {
                Ref event = ref(a.eventId());
                String what = label(VocabularyKind.ACT_TYPE, a.actType()) + a.description().map(d -> ": " + d).orElse("");
                entries.add(new TimelineEntry(a.start(), what, event.href(), event.label(), Chronology.NO_RANK));
            }
        }
        for (Proceeding pr : dataset.proceedings()) {
            if (pr.personId().equals(p.id())) {
                String what = StepDescription.of(pr.step(), vocab)
                        + pr.authorityId().map(id -> " — " + ref(id).label()).orElse("")
                        + pr.description().map(d -> ". " + d).orElse("");
                Ref event = pr.eventId().map(this::ref).orElse(new Ref("", "", null));
                entries.add(new TimelineEntry(pr.date(), what, event.href(), event.label(),
                        ProceedingChronology.rank(pr.step().kindCode())));
            }
        }
        for (Involvement i : dataset.involvements()) {
            if (i.perpetratorId().equals(p.id())) {
                Optional<Record> act = dataset.find(i.actId());
                Optional<PartialDate> date = act.filter(Act.class::isInstance).map(Act.class::cast).flatMap(Act::start);
                String what = "Perpetrator (" + words(i.status()) + ", " + words(i.degree()) + ")"
                        + i.description().map(d -> ": " + d).orElse("");
                Ref event = act.map(a -> ref(((Act) a).eventId())).orElse(new Ref("", "", null));
                entries.add(new TimelineEntry(date, what, event.href(), event.label(), Chronology.NO_RANK));
            }
        }
        for (Intervention i : interventionsAbout(p.id())) {
            String what = label(VocabularyKind.INTERVENTION_TYPE, i.kind())
                    + i.byId().map(b -> " by " + ref(b).label()).orElse("")
                    + i.description().map(d -> ": " + d).orElse("");
            entries.add(new TimelineEntry(i.date(), what, null, "", Chronology.NO_RANK));
        }
        return Chronology.ordered(entries, TimelineEntry::date, TimelineEntry::rank);
    }

    /** Legal steps in time order; undated or overlapping ones in the order a case takes. */
    static List<Proceeding> inCourseOfCase(List<Proceeding> steps) {
        return ProceedingChronology.order(steps);
    }
}
