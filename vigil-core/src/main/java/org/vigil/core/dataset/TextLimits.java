package org.vigil.core.dataset;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How long a text value may be. Names, titles, ids, places and other short fields: 1,000 characters, ten
 * times the longest real names and titles in the demo and sample data, and short enough that a list page of
 * a thousand rows stays small (a 20 MB name made every list page 20 MB). Long text — descriptions,
 * testimony, notes: 200,000 characters, about 30,000 words or a hundred printed pages, room for a long
 * interview transcript; anything longer belongs in an attached file. Characters are Unicode code points.
 */
final class TextLimits {

    /** The limit of a short field. */
    static final int SHORT = 1_000;
    /** The limit of a long-text field. */
    static final int LONG = 200_000;

    // The fields that hold prose; every other text field is short.
    private static final Set<String> LONG_FIELDS = Set.of("description", "text", "notes", "note", "response",
            "purpose", "groupDescription", "fairTrialConcerns", "grounds", "outcome", "newText", "manner", "means");

    private TextLimits() {
    }

    /** Calls {@code tooLong} with the path and limit of every text value of a record over its limit. */
    static void check(Object record, BiConsumer<String, Integer> tooLong) {
        walk(record, "", "", tooLong);
    }

    /** The limit of a field, by its name. */
    static int limit(String field) {
        return LONG_FIELDS.contains(field) ? LONG : SHORT;
    }

    private static void walk(Object value, String path, String field, BiConsumer<String, Integer> tooLong) {
        if (value instanceof String s) {
            // Cheap first: only a string longer than the limit in chars can be longer in code points.
            int limit = limit(field);
            if (s.length() > limit && s.codePointCount(0, s.length()) > limit) {
                tooLong.accept(path, limit);
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, field, tooLong));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", field, tooLong);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                walk(read(c, value), path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getName(), tooLong);
            }
        }
    }

    private static Object read(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + owner.getClass().getSimpleName(), e);
        }
    }
}
