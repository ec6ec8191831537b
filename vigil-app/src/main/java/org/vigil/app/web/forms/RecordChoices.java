package org.vigil.app.web.forms;

import org.vigil.app.web.RecordTitles;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Event;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final RecordTitles titles;
    private final Map<String, Integer> labelCounts = new HashMap<>();

    private RecordChoices(Map<String, Record> visible, Vocabularies vocabularies) {
        this.visible = visible;
        this.titles = new RecordTitles(id -> Optional.ofNullable(visible.get(id)), vocabularies);
        visible.values().forEach(r -> labelCounts.merge(label(r).toLowerCase(Locale.ROOT), 1, Integer::sum));
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
                String label = text(r);
                if (types.size() > 1) {
                    label += " (" + RecordKinds.label(r.recordType()).toLowerCase(Locale.ROOT) + ")";
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

    /**
     * The one visible record of these types that this text names: the text a picker offers (with or without
     * the record's kind after it, or an identifier in brackets), or its label when only one record has it.
     */
    Optional<String> idOfLabel(String text, Set<RecordType> types) {
        Matcher bracketed = Pattern.compile(".*\\[([^\\]]+)\\](?: \\([^)]*\\))?$")
                .matcher(text.strip());
        Optional<String> byId = bracketed.matches() ? Optional.ofNullable(visible.get(bracketed.group(1)))
                .filter(r -> types.contains(r.recordType())).map(Record::id) : Optional.empty();
        if (byId.isPresent()) {
            return byId;
        }
        List<String> ids = visible.values().stream().filter(r -> types.contains(r.recordType()))
                .filter(r -> names(r, text))
                .map(Record::id).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    private boolean names(Record r, String text) {
        String kind = " (" + RecordKinds.label(r.recordType()).toLowerCase(Locale.ROOT) + ")";
        String label = label(r);
        return label.equalsIgnoreCase(text) || (label + kind).equalsIgnoreCase(text) || r.label().equalsIgnoreCase(text);
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

    /** The words a person knows a record by: an event or source by title and date, others by their title in words. */
    String label(Record r) {
        if (r instanceof Event e) {
            return e.title() + dated(e.start());
        }
        if (r instanceof Source src) {
            return src.title() + dated(src.date());
        }
        return titles.of(r);
    }

    /**
     * The text a picker offers and a reference field shows for a record: its label, with its identifier in
     * brackets only when another visible record has the same label (so the text always names one record).
     */
    String text(Record r) {
        String label = label(r);
        return labelCounts.getOrDefault(label.toLowerCase(Locale.ROOT), 0) > 1
                ? label + " [" + r.id() + "]" : label;
    }

    /** What a reference field holding this value shows: the record's text, or the value as typed. */
    String shown(String value) {
        return Optional.ofNullable(visible.get(value)).map(this::text).orElse(value);
    }

    private static String dated(Optional<PartialDate> date) {
        return date.map(d -> ", " + d.toEnglish()).orElse("");
    }
}
