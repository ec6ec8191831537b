package org.vigil.report.view;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.model.SensitiveFields;
import org.vigil.core.model.Source;
import org.vigil.report.Audience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The records a report may draw on, and nothing else: for the public, only public records; for staff, what
 * the reader may see. A record that points to a record outside the view is left out with it (an act whose
 * victim is restricted says who suffered it), references to withheld records are cut, and the sensitive
 * fields (contact details, real identities, testimony text) are removed from every record whatever the
 * audience: a report is printed and carried, and must never hold them.
 */
public final class ReportView {

    private final Dataset visible;
    private final Dataset withheld;

    private ReportView(Dataset visible, Dataset withheld) {
        this.visible = visible;
        this.withheld = withheld;
    }

    /**
     * The view of a data set for an audience.
     *
     * @param data every record
     * @param audience who the report is for
     * @param readerMaySee for an internal report, which records the reader may see (for public ones it is ignored)
     */
    public static ReportView of(Dataset data, Audience audience, Predicate<Record> readerMaySee) {
        Predicate<Record> allowed = audience == Audience.PUBLIC
                ? r -> r.confidentiality() == Confidentiality.PUBLIC
                : readerMaySee;
        Set<String> ids = new HashSet<>();
        data.all().filter(allowed).forEach(r -> ids.add(r.id()));
        // Drop records whose meaning rests on a withheld record, until nothing changes (an involvement needs its act).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Record r : (Iterable<Record>) data.all()::iterator) {
                if (ids.contains(r.id()) && !dependenciesVisible(r, ids)) {
                    ids.remove(r.id());
                    changed = true;
                }
            }
        }
        List<Record> kept = new ArrayList<>();
        List<Record> left = new ArrayList<>();
        for (Record r : (Iterable<Record>) data.all()::iterator) {
            if (ids.contains(r.id())) {
                kept.add(trimmed(SensitiveFields.redact(r), ids));
            } else {
                left.add(r);
            }
        }
        return new ReportView(Dataset.of(kept), Dataset.of(left));
    }

    /** The records the report may state. */
    public Dataset visible() {
        return visible;
    }

    /** The records left out; a public report may state only totals of them, and only when allowed. */
    public Dataset withheld() {
        return withheld;
    }

    private static boolean dependenciesVisible(Record r, Set<String> ids) {
        if (r instanceof Act a) {
            return ids.contains(a.eventId()) && ids.contains(a.victimId());
        }
        if (r instanceof Involvement i) {
            return ids.contains(i.actId()) && ids.contains(i.perpetratorId());
        }
        if (r instanceof Proceeding p) {
            return ids.contains(p.personId());
        }
        if (r instanceof EventLink l) {
            return ids.contains(l.fromEventId()) && ids.contains(l.toEventId());
        }
        if (r instanceof MonitoredCase c) {
            return ids.contains(c.personId());
        }
        return true;
    }

    /** Cuts references to withheld records from a kept record. */
    private static Record trimmed(Record r, Set<String> ids) {
        List<Citation> citations = r.citations().stream().filter(c -> ids.contains(c.sourceId())).toList();
        if (r instanceof Intervention i) {
            return new Intervention(i.id(), i.byId().filter(ids::contains), i.kind(), i.date(),
                    i.targetIds().stream().filter(ids::contains).toList(), i.description(), i.response(),
                    i.confidentiality(), citations);
        }
        if (r instanceof Proceeding p) {
            return new Proceeding(p.id(), p.personId(), p.eventId().filter(ids::contains), p.date(),
                    p.authorityId().filter(ids::contains), p.step(), p.description(), p.confidentiality(), citations);
        }
        if (r instanceof Person p) {
            return new Person(p.id(), p.kind(), p.anonymity().isPresent() ? List.of() : p.names(), p.groupDescription(),
                    p.groupSize(), p.sex(), p.birthDate(), p.nationality(), p.occupation(), p.descriptors(),
                    p.affiliationIds().stream().filter(ids::contains).toList(), p.deceased(), p.anonymity(),
                    Optional.empty(), p.confidentiality(), citations);
        }
        if (r instanceof Source s) {
            return new Source(s.id(), s.kind(), s.title(), s.author(), s.date(), s.language(), s.reliability(),
                    s.url(), Optional.empty(), s.confidentiality(), citations);
        }
        if (r instanceof Event e) {
            return new Event(e.id(), e.title(), e.description(), e.places(), e.start(), e.end(),
                    e.violationCategories(), e.tallies(), e.monitoringStatus(), e.confidentiality(), citations);
        }
        if (r instanceof Act a) {
            return new Act(a.id(), a.eventId(), a.victimId(), a.actType(), a.start(), a.end(), a.place(),
                    a.description(), a.detention(), a.torture(), a.killing(), a.confidentiality(), citations);
        }
        if (r instanceof Involvement i) {
            return new Involvement(i.id(), i.actId(), i.perpetratorId(), i.perpetratorType(), i.degree(), i.status(),
                    i.description(), i.confidentiality(), citations);
        }
        return r;
    }
}
