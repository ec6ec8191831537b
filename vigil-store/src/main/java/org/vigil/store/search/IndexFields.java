package org.vigil.store.search;

/** Names of the index's fields, shared by the document writer, the query builder and the hit reader. */
final class IndexFields {

    /** Record id: exact term, stored, sorted (tie-break). */
    static final String ID = "id";
    /** Record type code: exact term, stored, doc values for facets. */
    static final String TYPE = "type";
    /** Confidentiality code: exact term, stored; the access filter's field. */
    static final String CONFIDENTIALITY = "confidentiality";
    /** The label as shown: stored only. */
    static final String LABEL = "label";
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
    /** Violation category codes: exact terms, doc values for facets. */
    static final String CATEGORY = "category";
    /** Skeletons of place names, for the place filter. */
    static final String PLACE = "place";
    /** Epoch day of the earliest day the record's date may denote: points and doc values. */
    static final String FIRST_DAY = "first_day";
    /** Epoch day of the latest day the record's date (or span) may denote: points. */
    static final String LAST_DAY = "last_day";
    /** The record's date as written ({@code late 2011-12}): stored. */
    static final String START = "start";
    /** The end of the record's span as written: stored. */
    static final String END = "end";

    private IndexFields() {
    }
}
