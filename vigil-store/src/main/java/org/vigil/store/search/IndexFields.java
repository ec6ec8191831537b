package org.vigil.store.search;

/** Names of the index's fields, shared by the document writer, the query builder and the hit reader. */
final class IndexFields {

    /** Record id: exact term, for updates, deletes and assigned records. */
    static final String ID = "id";
    /** A hash of the id in doc values: the cheap, stable tie-break of every sort order. */
    static final String ID_ORDER = "id_order";
    /** Record type code: exact term. */
    static final String TYPE = "type";
    /** Confidentiality code: exact term; the access filter's field. */
    static final String CONFIDENTIALITY = "confidentiality";
    /** What a hit shows (id, type, level, label, dates), packed in one binary doc value for fast page reads. */
    static final String DISPLAY = "display";
    /** Collation key of the label, for alphabetical order. */
    static final String LABEL_ORDER = "label_order";
    /** Names, ICU-folded. */
    static final String NAMES = "names";
    /** Names, skeletons. */
    static final String NAMES_SKELETON = "names_skeleton";
    /** All searchable text (names included), ICU-folded. */
    static final String TEXT = "text";
    /** All searchable text, skeletons; stored with offsets for snippets. */
    static final String TEXT_SKELETON = "text_skeleton";
    /** Violation category codes: exact terms. */
    static final String CATEGORY = "category";
    /** Type and categories of a record as one doc value, counted once per hit for both facets. */
    static final String FACET_KEY = "facet_key";
    /** Skeletons of place names, for the place filter. */
    static final String PLACE = "place";
    /** Epoch day of the earliest day the record's date may denote: points and doc values. */
    static final String FIRST_DAY = "first_day";
    /** Epoch day of the latest day the record's date (or span) may denote: points. */
    static final String LAST_DAY = "last_day";

    private IndexFields() {
    }
}
