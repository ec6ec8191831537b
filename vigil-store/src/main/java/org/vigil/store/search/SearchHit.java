package org.vigil.store.search;

import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.PartialDate;

import java.util.Optional;

/**
 * One record in a page of results, with what a list row shows; load the record itself from the store by id.
 *
 * @param id              record id
 * @param type            record type
 * @param label           the record's label (an anonymous person's pseudonym)
 * @param confidentiality the record's level, for a badge
 * @param start           the record's date, or the start of its span
 * @param end             the end of its span, when it has one
 * @param score           relevance score; 0 unless sorted by relevance with search text
 * @param snippet         matched passage of non-sensitive text, when there was search text
 */
public record SearchHit(String id, RecordType type, String label, Confidentiality confidentiality,
                        Optional<PartialDate> start, Optional<PartialDate> end, float score,
                        Optional<Snippet> snippet) {
}
