package org.vigil.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.vigil.core.hash.Sha256;
import org.vigil.core.model.Record;


/**
 * The one JSON configuration Vigil uses for records: strict on input (unknown fields, missing
 * required figures and trailing content are errors), canonical on output (declaration order, empty values
 * left out), so equal records always serialise to equal bytes.
 */
public final class VigilJson {

    /** The shared mapper; thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A missing flag such as "deceased" means false; figures that must be given are marked required.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();

    private VigilJson() {
    }

    /** The canonical one-line JSON of a record, with its {@code type}. */
    public static String write(Record record) {
        return MAPPER.writerFor(Record.class).writeValueAsString(record);
    }

    /**
     * Reads one record written by {@link #write}.
     *
     * @throws JacksonException when the text is not a valid record
     */
    public static Record read(String json) {
        return MAPPER.readerFor(Record.class).readValue(json);
    }

    /** The SHA-256 of a record's canonical JSON, as lower-case hex: its content hash. */
    public static String contentHash(Record record) {
        return Sha256.hex(write(record));
    }

}
