package org.vigil.store.search;

import org.vigil.core.text.NameSkeleton;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.Record;
import org.vigil.core.time.PartialDate;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Writes the {@link IndexedRecord} of a record as a Lucene document; reads nothing else of the record. */
final class RecordDocument {

    /** Stored for snippets and indexed with offsets, so highlighting needs no re-analysis. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    // A frozen ICU collator is safe to share between threads.
    private static final Collator LABEL_COLLATOR = Collator.getInstance(ULocale.ROOT).freeze();
    /** Sort keys longer than this add nothing to a list order and would bloat doc values. */
    private static final int MAX_SORT_LABEL = 120;

    private RecordDocument() {
    }

    /** The document for a record. */
    static Document of(Record record) {
        return of(IndexedRecord.of(record));
    }

    /** The document for the indexable part of a record. */
    static Document of(IndexedRecord r) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, r.id(), Field.Store.NO));
        doc.add(new NumericDocValuesField(IndexFields.ID_ORDER, idOrder(r.id())));
        doc.add(new StringField(IndexFields.TYPE, r.type().code(), Field.Store.NO));
        doc.add(new StringField(IndexFields.CONFIDENTIALITY, r.confidentiality().code(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(IndexFields.DISPLAY, new HitDisplay(r.id(), r.type(), r.confidentiality(),
                r.label(), r.start(), r.end()).toBytes()));
        doc.add(new SortedDocValuesField(IndexFields.LABEL_ORDER, sortKey(r.label())));

        String names = String.join("\n", r.names());
        doc.add(new TextField(IndexFields.NAMES, names, Field.Store.NO));
        doc.add(new TextField(IndexFields.NAMES_SKELETON, names, Field.Store.NO));
        String text = r.texts().isEmpty() ? names : names + "\n" + String.join("\n", r.texts());
        doc.add(new TextField(IndexFields.TEXT, text, Field.Store.NO));
        doc.add(new Field(IndexFields.TEXT_SKELETON, text, STORED_TEXT_WITH_OFFSETS));

        Set<String> categories = new TreeSet<>(r.categories());
        for (String category : categories) {
            doc.add(new StringField(IndexFields.CATEGORY, category, Field.Store.NO));
        }
        doc.add(new SortedDocValuesField(IndexFields.FACET_KEY, FacetKey.of(r.type(), categories)));
        Set<String> places = new HashSet<>();
        for (String place : r.places()) {
            String key = NameSkeleton.of(place);
            if (!key.isEmpty() && places.add(key)) {
                doc.add(new StringField(IndexFields.PLACE, key, Field.Store.NO));
            }
        }
        dates(r.start(), r.end(), doc);
        return doc;
    }

    private static void dates(Optional<PartialDate> start, Optional<PartialDate> end, Document doc) {
        if (start.isEmpty() && end.isEmpty()) {
            return;
        }
        // A span known only by its end is treated as that end's interval.
        PartialDate first = start.orElseGet(end::get);
        PartialDate last = end.orElse(first);
        // An end known only to its year ("March 2012 to 2012") says nothing about the start: the start bounds
        // the first day, and an end can only widen the last one.
        long firstDay = start.map(s -> s.earliest().toEpochDay())
                .orElse(Math.min(first.earliest().toEpochDay(), last.earliest().toEpochDay()));
        long lastDay = Math.max(first.latest().toEpochDay(), last.latest().toEpochDay());
        doc.add(new LongPoint(IndexFields.FIRST_DAY, firstDay));
        doc.add(new NumericDocValuesField(IndexFields.FIRST_DAY, firstDay));
        doc.add(new LongPoint(IndexFields.LAST_DAY, lastDay));
    }

    /** A 64-bit FNV-1a hash of the id: a tie-break that is the same in every segment and after every merge. */
    static long idOrder(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static BytesRef sortKey(String label) {
        String shortened = label.length() > MAX_SORT_LABEL ? label.substring(0, MAX_SORT_LABEL) : label;
        return new BytesRef(LABEL_COLLATOR.getCollationKey(shortened).toByteArray());
    }
}
