package org.vigil.estimate.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes results as the documented JSON: fields in declaration order, map keys sorted, absent
 * optionals left out, two-space indentation; equal results give equal bytes.
 */
public final class ResultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();

    private ResultJson() {
    }

    /** The JSON text of a result, ending with a newline. */
    public static String write(EstimateResult result) {
        return MAPPER.writeValueAsString(result) + "\n";
    }

    /** The mapper, for callers (such as a REST layer) that embed results in larger documents. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
