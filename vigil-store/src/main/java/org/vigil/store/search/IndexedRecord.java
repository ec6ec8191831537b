package org.vigil.store.search;

import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Place;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Searchable;
import org.vigil.core.model.SensitiveFields;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a record that the search index may hold: everything here is indexed, nothing else is.
 *
 * <p>It reads the record as {@link SensitiveFields#shownIn} gives it for the search index, so contact
 * details, real identities, what identifies an anonymous person and the text of a source that is not
 * public are gone before anything is read; of what is left it reads the label, the dates and the fields
 * the record type declares {@linkplain RecordType#searchable() searchable}.
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
        Record shown = SensitiveFields.shownIn(SensitiveFields.Outlet.SEARCH_INDEX, record);
        Parts p = new Parts(shown.label());
        for (Searchable s : shown.recordType().searchable()) {
            s.read(shown, p::add);
        }
        return new IndexedRecord(shown.id(), shown.recordType(), shown.confidentiality(), shown.label(),
                List.copyOf(p.names), List.copyOf(p.texts), List.copyOf(p.categories), List.copyOf(p.places),
                shown.sortDate(), shown.endDate());
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

        void add(Searchable.Role role, Object value) {
            switch (role) {
                case NAME -> name((String) value);
                case TEXT -> text((String) value);
                case CODE -> code((String) value);
                case PLACE -> place((Place) value);
                case CATEGORY -> {
                    categories.add((String) value);
                    code((String) value);
                }
            }
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
