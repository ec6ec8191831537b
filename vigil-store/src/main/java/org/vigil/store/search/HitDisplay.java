package org.vigil.store.search;

import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.PartialDate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a result row shows, packed into one binary doc value: reading 20 of them for a page costs a few
 * random reads instead of decompressing stored-field blocks.
 *
 * @param id              record id
 * @param type            record type
 * @param confidentiality record level
 * @param label           label
 * @param start           date, or start of the span
 * @param end             end of the span
 */
record HitDisplay(String id, RecordType type, Confidentiality confidentiality, String label,
                  Optional<PartialDate> start, Optional<PartialDate> end) {

    /** Separates the parts; a control character that ids, codes, labels and date texts do not contain. */
    private static final char SEPARATOR = '\u001f';

    /** The packed form. */
    BytesRef toBytes() {
        String packed = id + SEPARATOR + type.code() + SEPARATOR + confidentiality.code() + SEPARATOR
                + label.replace(SEPARATOR, ' ') + SEPARATOR + start.map(PartialDate::toString).orElse("")
                + SEPARATOR + end.map(PartialDate::toString).orElse("");
        return new BytesRef(packed.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the packed form. */
    static HitDisplay fromBytes(BytesRef bytes) {
        String[] parts = bytes.utf8ToString().split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 6) {
            throw new IllegalStateException("search index entry '" + bytes.utf8ToString() + "' is not in the "
                    + "layout this version writes: rebuild the search index");
        }
        return new HitDisplay(parts[0], RecordType.fromCode(parts[1]), Confidentiality.fromCode(parts[2]), parts[3],
                date(parts[4]), date(parts[5]));
    }

    private static Optional<PartialDate> date(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(text));
    }
}
