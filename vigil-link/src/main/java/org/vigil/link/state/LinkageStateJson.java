package org.vigil.link.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.link.settings.LinkSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

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

    /** Settings as the name-to-value map a provenance records, exactly as this mapper writes them. */
    public static Map<String, Object> settingsMap(LinkSettings settings) {
        return MAPPER.convertValue(settings, new TypeReference<Map<String, Object>>() { });
    }

    /** Reads a state of this version or of version 1; {@code name} is used in error messages. */
    public static LinkageState read(String json, String name) {
        LinkageState state;
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject() || !LinkageState.FORMAT.equals(tree.path("format").asString(""))) {
                throw new InvalidDataException(new Problem(name, 1, "$.format", "not a linkage state: expected format \""
                        + LinkageState.FORMAT + "\""));
            }
            int version = tree.path("version").asInt(0);
            if (version == 1) {
                tree = upgradeFromVersion1((ObjectNode) tree);
            } else if (version != LinkageState.VERSION) {
                throw new InvalidDataException(new Problem(name, 1, "$.version", "version " + tree.path("version")
                        + " is not supported: this Vigil reads versions 1 and " + LinkageState.VERSION));
            }
            state = MAPPER.treeToValue(tree, LinkageState.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InvalidDataException(new Problem(name, line, e.getPathReference() == null ? "" : e.getPathReference(),
                    "not a linkage state: " + e.getOriginalMessage()));
        }
        return state;
    }

    /**
     * Version 1 kept linkage's own provenance: the core shape plus a hash of the settings (derivable from
     * the settings) and a record count per input (the clusters hold the records). Both are dropped; the
     * settings object itself is the same in both versions.
     */
    private static ObjectNode upgradeFromVersion1(ObjectNode state) {
        state.put("version", LinkageState.VERSION);
        if (state.get("provenance") instanceof ObjectNode provenance) {
            provenance.remove("settingsSha256");
            for (JsonNode input : provenance.path("inputs")) {
                if (input instanceof ObjectNode i) {
                    i.remove("records");
                }
            }
        }
        return state;
    }
}
