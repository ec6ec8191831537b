package org.vigil.link.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link LinkageState} as JSON: canonical on output, strict on input. */
public final class LinkageStateJson {

    /** The mapper for linkage JSON (states, results, review queues); thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();

    private LinkageStateJson() {
    }

    /** The state as JSON text. */
    public static String write(LinkageState state) {
        return MAPPER.writeValueAsString(state);
    }

    /** Reads a state; {@code name} is used in error messages. */
    public static LinkageState read(String json, String name) {
        LinkageState state;
        try {
            state = MAPPER.readValue(json, LinkageState.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InvalidDataException(new Problem(name, line, e.getPathReference() == null ? "" : e.getPathReference(),
                    "not a linkage state: " + e.getOriginalMessage()));
        }
        if (state == null || !LinkageState.FORMAT.equals(state.format())) {
            throw new InvalidDataException(new Problem(name, 1, "$.format", "not a linkage state: expected format \""
                    + LinkageState.FORMAT + "\""));
        }
        if (state.version() != LinkageState.VERSION) {
            throw new InvalidDataException(new Problem(name, 1, "$.version", "version " + state.version()
                    + " is not supported: this Vigil reads version " + LinkageState.VERSION));
        }
        return state;
    }
}
