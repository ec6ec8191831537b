package org.vigil.store.records;

import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Record;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** Finds whether a record refers to another: any field named {@code …Id} or {@code …Ids} that holds the id. */
final class ReferenceScan {

    private ReferenceScan() {
    }

    static boolean refersTo(Record record, String id) {
        return scan(VigilJson.MAPPER.valueToTree(record), "", id);
    }

    private static boolean scan(JsonNode node, String field, String id) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("id") && scan(e.getValue(), e.getKey(), id)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (scan(item, field, id)) {
                    return true;
                }
            }
            return false;
        }
        return (field.endsWith("Id") || field.endsWith("Ids")) && node.isString() && node.asString().equals(id);
    }
}
