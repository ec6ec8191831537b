package org.vigil.store.search;

import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.RecordType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A record's type and violation categories packed into one doc value ({@code event␟torture␟unfair_trial}).
 * Counting facets then costs one lookup per hit instead of one per facet and category; there are few distinct
 * keys (types times the category combinations in use), and each is split into its facets once per query.
 */
final class FacetKey {

    /** Unit separator: codes never contain it. */
    private static final char SEPARATOR = '\u001f';

    private FacetKey() {
    }

    /** The key of a record of this type in these categories (sorted, so equal sets give equal keys). */
    static BytesRef of(RecordType type, Set<String> sortedCategories) {
        StringBuilder key = new StringBuilder(type.code());
        for (String category : sortedCategories) {
            key.append(SEPARATOR).append(category.replace(SEPARATOR, ' '));
        }
        return new BytesRef(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The type code first, then the categories. */
    static List<String> parts(BytesRef key) {
        return Arrays.asList(key.utf8ToString().split(String.valueOf(SEPARATOR)));
    }
}
