package org.vigil.store.search;

import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.core.model.Tally;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a record that the search index may hold: everything here is indexed, nothing else is.
 *
 * <p>This is the one place that decides what is searchable. It never reads {@code Person.contact},
 * {@code Anonymity.realIdentity}, the names or personal details of an anonymous person, or the text of a
 * source that is not PUBLIC (testimony), so those can never reach the index files.
 *
 * @param id              record id
 * @param type            record type
 * @param confidentiality record level
 * @param label           the record's label
 * @param names           names to boost: label, all spellings of a person's name, organisation names
 * @param texts           other searchable text: descriptions, places, charges, codes written as words
 * @param categories      violation category codes
 * @param places          place names and regions, for the place filter
 * @param start           the record's date, or the start of its span
 * @param end             the end of its span
 */
record IndexedRecord(String id, RecordType type, Confidentiality confidentiality, String label,
                     List<String> names, List<String> texts, List<String> categories, List<String> places,
                     Optional<PartialDate> start, Optional<PartialDate> end) {

    /** The indexable part of a record. */
    static IndexedRecord of(Record record) {
        Parts p = new Parts(record.label());
        Runnable read = switch (record.recordType()) {
            case EVENT -> () -> event((Event) record, p);
            case ACT -> () -> act((Act) record, p);
            case PERSON -> () -> person((Person) record, p);
            case ORGANISATION -> () -> organisation((Organisation) record, p);
            case INVOLVEMENT -> () -> involvement((Involvement) record, p);
            case PROCEEDING -> () -> proceeding((Proceeding) record, p);
            case INTERVENTION -> () -> intervention((Intervention) record, p);
            case SOURCE -> () -> source((Source) record, p);
            case EVENT_LINK -> () -> eventLink((EventLink) record, p);
            // A monitored case is found through its person: nothing of its own is searchable.
            case CASE -> () -> { };
        };
        read.run();
        // Birth date is identifying too, so an anonymous person gets no date in the index.
        boolean anonymous = record instanceof Person person && person.anonymity().isPresent();
        Optional<PartialDate> start = anonymous ? Optional.empty() : record.sortDate();
        return new IndexedRecord(record.id(), record.recordType(), record.confidentiality(), record.label(),
                List.copyOf(p.names), List.copyOf(p.texts), List.copyOf(p.categories), List.copyOf(p.places),
                start, record.endDate());
    }

    private static void proceeding(Proceeding pr, Parts p) {
        step(pr.step(), p);
        p.text(pr.description());
    }

    private static void eventLink(EventLink l, Parts p) {
        p.code(l.kind());
        p.text(l.description());
    }

    private static void event(Event e, Parts p) {
        p.text(e.description());
        e.places().forEach(p::place);
        p.categories.addAll(e.violationCategories());
        e.violationCategories().forEach(p::code);
        for (Tally t : e.tallies()) {
            p.text(t.what());
            t.actType().ifPresent(p::code);
        }
        p.code(e.monitoringStatus());
    }

    private static void act(Act a, Parts p) {
        p.code(a.actType());
        p.text(a.description());
        a.place().ifPresent(p::place);
        a.detention().ifPresent(d -> p.text(d.placeOfDetention()));
        a.torture().ifPresent(t -> {
            t.methods().forEach(p::code);
            p.text(t.purpose());
        });
        a.killing().ifPresent(k -> p.text(k.means()));
    }

    private static void organisation(Organisation o, Parts p) {
        p.name(o.name());
        o.otherNames().forEach(p::name);
        p.code(o.kind());
    }

    private static void involvement(Involvement i, Parts p) {
        p.code(i.perpetratorType());
        p.code(i.degree());
        p.code(i.status());
        p.text(i.description());
    }

    private static void intervention(Intervention iv, Parts p) {
        p.code(iv.kind());
        p.text(iv.description());
        p.text(iv.response());
    }

    private static void source(Source s, Parts p) {
        p.code(s.kind());
        p.text(s.author());
        // Only published text is searchable: testimony (any non-PUBLIC source) must never be indexed.
        if (s.confidentiality() == Confidentiality.PUBLIC) {
            p.text(s.text());
        }
    }

    private static void person(Person person, Parts p) {
        if (person.anonymity().isPresent()) {
            // Indexed under the pseudonym (already the label) only: real names, contact and identity stay out.
            person.descriptors().forEach(p::code);
            return;
        }
        for (PersonName n : person.names()) {
            p.name(n.value());
        }
        p.text(person.groupDescription());
        p.text(person.occupation());
        person.descriptors().forEach(p::code);
    }

    private static void step(ProceedingStep step, Parts p) {
        if (step == null) {
            return;
        }
        p.code(step.kindCode());
        if (step instanceof ProceedingStep.Arrest a) {
            p.text(a.place());
        } else if (step instanceof ProceedingStep.Charge c) {
            charges(c.charges(), p);
        } else if (step instanceof ProceedingStep.Detention d) {
            p.text(d.placeOfDetention());
        } else if (step instanceof ProceedingStep.Trial t) {
            t.fairTrialConcerns().forEach(p::code);
        } else if (step instanceof ProceedingStep.Verdict v) {
            p.code(v.outcome());
            charges(v.charges(), p);
        } else if (step instanceof ProceedingStep.Sentence s) {
            p.text(s.describe());
        } else if (step instanceof ProceedingStep.Appeal a) {
            p.code(a.outcome());
        } else if (step instanceof ProceedingStep.Release r) {
            p.code(r.manner());
        } else if (step instanceof ProceedingStep.ExtraditionRequest x) {
            p.text(x.requestingState());
            p.text(x.grounds());
        }
    }

    private static void charges(List<ChargeText> charges, Parts p) {
        for (ChargeText c : charges) {
            p.text(c.text());
            p.text(c.legalArticle());
        }
    }

    /** Collects the parts while a record is read; blank values are skipped. */
    private static final class Parts {
        final List<String> names = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
        final List<String> places = new ArrayList<>();

        Parts(String label) {
            name(label);
        }

        void name(String value) {
            if (value != null && !value.isBlank() && !names.contains(value)) {
                names.add(value);
            }
        }

        void text(String value) {
            if (value != null && !value.isBlank()) {
                texts.add(value);
            }
        }

        void text(Optional<String> value) {
            value.ifPresent(this::text);
        }

        /** Vocabulary codes become words ("arbitrary_detention" → "arbitrary detention") so they match text. */
        void code(String value) {
            text(value == null ? null : value.replace('_', ' '));
        }

        void place(Place place) {
            text(place.name());
            place.region().ifPresent(this::text);
            addPlace(place.name());
            place.region().ifPresent(this::addPlace);
        }

        private void addPlace(String value) {
            if (!value.isBlank() && !places.contains(value)) {
                places.add(value);
            }
        }
    }
}
