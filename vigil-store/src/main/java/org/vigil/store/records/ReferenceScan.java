package org.vigil.store.records;

import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Record;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** The ids a record refers to: the values of its fields named {@code …Id} or {@code …Ids}. */
final class ReferenceScan {

    private ReferenceScan() {
    }

    /** Every id the record refers to. */
    static java.util.Set<String> references(Record record) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        collect(VigilJson.MAPPER.valueToTree(record), "", ids);
        ids.remove(record.id());
        return ids;
    }

    private static void collect(JsonNode node, String field, java.util.Set<String> ids) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("id")) {
                    collect(e.getValue(), e.getKey(), ids);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, field, ids);
            }
        } else if ((field.endsWith("Id") || field.endsWith("Ids")) && node.isString()) {
            ids.add(node.asString());
        }
    }
}
