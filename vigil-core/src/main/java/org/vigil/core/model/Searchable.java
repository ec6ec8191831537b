package org.vigil.core.model;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A field of a record type whose values the search index holds, and the part they play there; record types
 * declare theirs in {@link RecordType#searchable()}, and the index reads nothing else of a record.
 */
public sealed interface Searchable {

    /** The part a value plays in the index. */
    enum Role {
        /** A name, boosted in ranking and matched by its skeleton: a person's or organisation's name. */
        NAME,
        /** Other searchable text. */
        TEXT,
        /** A vocabulary code, indexed as words ({@code arbitrary_detention} → "arbitrary detention") to match text. */
        CODE,
        /** A {@link Place}: its name and region are text, and both are values of the place filter. */
        PLACE,
        /** A violation category code: a value of the category filter, and indexed as words like a code. */
        CATEGORY
    }

    /** Every field this declaration reads, with paths from the record. */
    List<Field> fields();

    /** Gives each value this declaration finds in a record, in order, with its role. */
    void read(Object record, BiConsumer<Role, Object> values);

    /**
     * The values at a path, all in one role.
     *
     * @param path the field path without list indices ({@code torture.methods})
     * @param role the part the values play
     */
    record Field(String path, Role role) implements Searchable {
        @Override
        public List<Field> fields() {
            return List.of(this);
        }

        @Override
        public void read(Object record, BiConsumer<Role, Object> values) {
            FieldValues.at(record, path).forEach(f -> values.accept(role, f.value()));
        }
    }

    /**
     * For each item of a list, its fields in turn, so the index keeps each item's values together
     * (a tally's count and then its act type, then the next tally's).
     *
     * @param path  the path of the list
     * @param parts the fields of each item, with paths from the item
     */
    record Each(String path, List<Field> parts) implements Searchable {
        /** Copies the parts. */
        public Each {
            parts = List.copyOf(parts);
        }

        @Override
        public List<Field> fields() {
            return parts.stream().map(p -> new Field(path + "." + p.path(), p.role())).toList();
        }

        @Override
        public void read(Object record, BiConsumer<Role, Object> values) {
            for (FieldValues.Found item : FieldValues.at(record, path)) {
                parts.forEach(p -> p.read(item.value(), values));
            }
        }
    }

    /** Names at a path. */
    static Field nameAt(String path) {
        return new Field(path, Role.NAME);
    }

    /** Text at a path. */
    static Field textAt(String path) {
        return new Field(path, Role.TEXT);
    }

    /** Vocabulary codes at a path. */
    static Field codeAt(String path) {
        return new Field(path, Role.CODE);
    }

    /** Places at a path. */
    static Field placeAt(String path) {
        return new Field(path, Role.PLACE);
    }

    /** Violation categories at a path. */
    static Field categoryAt(String path) {
        return new Field(path, Role.CATEGORY);
    }

    /** The fields of each item of a list. */
    static Each eachAt(String path, Field... parts) {
        return new Each(path, List.of(parts));
    }
}
