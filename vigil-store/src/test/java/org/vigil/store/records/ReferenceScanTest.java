package org.vigil.store.records;

import org.junit.jupiter.api.Test;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.FieldValues;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reference;
import org.vigil.core.testing.RecordExamples;
import org.vigil.core.testing.SampleDatasets;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The references the store indexes are the ones the record types declare, and the same as the old rule gave. */
class ReferenceScanTest {

    @Test
    void everyDeclaredReferenceIsScanned() {
        RecordExamples.everyType().forEach((type, example) -> {
            Set<String> declared = new TreeSet<>();
            for (Reference ref : type.references()) {
                FieldValues.textsAt(example, ref.path()).forEach(f -> declared.add((String) f.value()));
            }
            declared.remove(example.id());
            assertThat(ReferenceScan.references(example)).as(type.code()).isEqualTo(declared).isNotEmpty();
        });
    }

    @Test
    void theDeclarationsFindWhatFieldNamesEndingInIdFound() {
        RecordExamples.everyType().values().forEach(r ->
                assertThat(ReferenceScan.references(r)).as(r.id()).isEqualTo(bySuffix(r)));
        SampleDatasets.small().all().forEach(r ->
                assertThat(ReferenceScan.references(r)).as(r.id()).isEqualTo(bySuffix(r)));
    }

    /** The rule the scan used before the types declared their references: any field named …Id or …Ids. */
    private static Set<String> bySuffix(Record record) {
        Set<String> ids = new TreeSet<>();
        collect(VigilJson.MAPPER.valueToTree(record), "", ids);
        ids.remove(record.id());
        return ids;
    }

    private static void collect(JsonNode node, String field, Set<String> ids) {
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
