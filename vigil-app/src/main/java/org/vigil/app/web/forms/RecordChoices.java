package org.vigil.app.web.forms;

import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records a caller may see, each with the words a person knows it by ("Beating of a strike leader,
 * March 2013"; "Torture of Aigerim Tursynbekova"), so that links between records are chosen, not typed.
 */
final class RecordChoices {

    /** How many records of one type a picker offers (the newest are not singled out: the list is by label). */
    private static final int LIMIT = 500;

    /** One record to choose. */
    record Choice(String id, RecordType type, String label) {
    }

    private final Map<String, Record> visible;
    private final Vocabularies vocabularies;

    private RecordChoices(Map<String, Record> visible, Vocabularies vocabularies) {
        this.visible = visible;
        this.vocabularies = vocabularies;
    }

    /** The records the caller may see (all types: an act's label needs its victim's name). */
    static RecordChoices of(Store store, Caller caller) {
        Map<String, Record> visible = new LinkedHashMap<>();
        for (RecordType t : RecordType.values()) {
            store.records().list(t).stream().flatMap(r -> caller.view(r).stream()).limit(LIMIT)
                    .forEach(r -> visible.put(r.id(), r));
        }
        return new RecordChoices(visible, store.vocabularies());
    }

    /** The visible records of some types, by label; the type is named when the list mixes types. */
    List<Choice> choices(Set<RecordType> types) {
        List<Choice> list = new ArrayList<>();
        for (Record r : visible.values()) {
            if (types.contains(r.recordType())) {
                String label = label(r);
                if (types.size() > 1) {
                    label += " (" + RecordKinds.label(r.recordType()).toLowerCase(java.util.Locale.ROOT) + ")";
                }
                list.add(new Choice(r.id(), r.recordType(), label));
            }
        }
        list.sort(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** The label of a visible record. */
    Optional<String> label(String id) {
        return Optional.ofNullable(visible.get(id)).map(this::label);
    }

    /** The visible record with this id. */
    Optional<Record> find(String id) {
        return Optional.ofNullable(visible.get(id));
    }

    /** The one visible record of these types whose label is exactly this text, ignoring case. */
    Optional<String> idOfLabel(String text, Set<RecordType> types) {
        List<String> ids = visible.values().stream().filter(r -> types.contains(r.recordType()))
                .filter(r -> label(r).equalsIgnoreCase(text) || r.label().equalsIgnoreCase(text))
                .map(Record::id).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** The heading of a record: an event's or a source's title without its date, else its label. */
    String title(Record r) {
        if (r instanceof Event e) {
            return e.title();
        }
        if (r instanceof Source s) {
            return s.title();
        }
        return label(r);
    }

    /** The words a person knows a record by. */
    String label(Record r) {
        if (r instanceof Event e) {
            return e.title() + dated(e.start());
        }
        if (r instanceof Organisation o) {
            return o.name();
        }
        if (r instanceof Source s) {
            return s.title() + dated(s.date());
        }
        if (r instanceof Act a) {
            Record event = visible.get(a.eventId());
            return term(VocabularyKind.ACT_TYPE, a.actType()) + " of " + named(a.victimId())
                    + a.start().map(d -> ", " + d.toEnglish())
                    .orElse(event instanceof Event e ? " in " + e.title() : "");
        }
        if (r instanceof Involvement i) {
            return named(i.perpetratorId()) + " in " + named(i.actId());
        }
        if (r instanceof Proceeding p) {
            return RecordKinds.stepLabel(p.step().kindCode()) + " of " + named(p.personId()) + dated(p.date());
        }
        if (r instanceof Intervention i) {
            return term(VocabularyKind.INTERVENTION_TYPE, i.kind()) + dated(i.date());
        }
        if (r instanceof EventLink l) {
            return named(l.fromEventId()) + " → " + named(l.toEventId());
        }
        if (r instanceof MonitoredCase c) {
            return "Case of " + named(c.personId());
        }
        return r.label();
    }

    private String named(String id) {
        Record r = visible.get(id);
        return r == null ? "a record you may not see" : label(r);
    }

    private String term(VocabularyKind kind, String code) {
        String label = vocabularies.get(kind).label(code);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String dated(Optional<PartialDate> date) {
        return date.map(d -> ", " + d.toEnglish()).orElse("");
    }
}
