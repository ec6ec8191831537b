package org.vigil.core.dataset;

import org.junit.jupiter.api.Test;
import org.vigil.core.json.FieldPaths;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.FieldValues;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Reference;
import org.vigil.core.testing.RecordExamples;
import org.vigil.core.vocab.Vocabularies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator checks exactly the references and vocabulary fields the record types declare. */
class DeclaredFieldsValidationTest {

    private final DatasetValidator validator = new DatasetValidator(Vocabularies.builtIn());

    @Test
    void theExamplesOfEveryTypeAreValid() {
        assertThat(validator.validate(RecordExamples.dataset())).isEmpty();
    }

    @Test
    void everyDeclaredReferenceIsCheckedAndNothingElse() {
        RecordExamples.everyType().forEach((type, example) -> {
            // Alone, every reference of the example names nothing.
            Set<String> reported = new TreeSet<>();
            for (Violation v : validator.validate(Dataset.of(List.of(example)),
                    id -> Optional.empty())) {
                if (v.rule().equals("reference")) {
                    reported.add(v.field());
                }
            }
            Set<String> declared = new TreeSet<>();
            for (Reference ref : type.references()) {
                FieldValues.textsAt(example, ref.path()).forEach(f -> declared.add(f.path()));
            }
            assertThat(reported).as(type.code()).isEqualTo(declared);
        });
    }

    @Test
    void aReferenceToTheWrongTypeNamesTheDeclaredTargets() {
        RecordExamples.everyType().forEach((type, example) -> {
            for (Reference ref : type.references()) {
                if (ref.targets().size() == RecordType.values().length) {
                    continue;
                }
                RecordType wrong = Arrays.stream(RecordType.values())
                        .filter(t -> !ref.targets().contains(t)).findFirst().orElseThrow();
                var violations = validator.validate(Dataset.of(List.of(example)),
                        id -> Optional.of(wrong));
                assertThat(violations).as(type.code() + "." + ref.path())
                        .anySatisfy(v -> {
                            assertThat(v.field().replaceAll("\\[\\d+]", "")).isEqualTo(ref.path());
                            assertThat(v.rule()).isEqualTo("reference");
                        });
            }
        });
    }

    @Test
    void aMessageNamesTheTargetsInTheOrderOfTheTypes() {
        Record involvement = RecordExamples.everyType().get(RecordType.INVOLVEMENT);
        List<Violation> violations = validator.validate(Dataset.of(List.of(involvement)),
                id -> Optional.of(RecordType.EVENT));
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo("perpetratorId");
            assertThat(v.message()).endsWith("perpetratorId must name a person or an organisation");
        });
    }

    @Test
    void everyDeclaredVocabularyFieldIsCheckedAndNothingElse() {
        Dataset valid = RecordExamples.dataset();
        RecordExamples.everyType().forEach((type, example) -> {
            // The example with every vocabulary value replaced by a code no vocabulary has.
            ObjectNode json = (ObjectNode) VigilJson.MAPPER.valueToTree(example);
            Set<String> declared = new TreeSet<>();
            FieldPaths.flatten(json).forEach((path, value) -> {
                if (type.vocabularyFields().containsKey(path.replaceAll("\\[\\d+]", ""))) {
                    declared.add(path);
                }
            });
            type.vocabularyFields().keySet().forEach(path -> replaceTexts(json, path.split("\\."), 0));
            Record broken = VigilJson.MAPPER.treeToValue(json, Record.class);
            List<Record> all = new ArrayList<>(valid.all().filter(r -> !r.id().equals(example.id())).toList());
            all.add(broken);
            Set<String> reported = new TreeSet<>();
            for (Violation v : validator.validate(Dataset.of(all))) {
                assertThat(v.rule()).as(type.code() + " " + v.field()).isEqualTo("vocabulary");
                reported.add(v.field());
            }
            assertThat(reported).as(type.code()).isEqualTo(declared).isNotEmpty();
        });
    }

    /** Replaces every text at a path (lists followed) with a code no vocabulary has. */
    private static void replaceTexts(JsonNode node, String[] segments, int i) {
        if (node instanceof ArrayNode array) {
            for (int k = 0; k < array.size(); k++) {
                if (i == segments.length && array.get(k).isString()) {
                    array.set(k, StringNode.valueOf("no_such_term"));
                } else {
                    replaceTexts(array.get(k), segments, i);
                }
            }
            return;
        }
        if (!(node instanceof ObjectNode object) || i == segments.length) {
            return;
        }
        JsonNode child = object.get(segments[i]);
        if (child == null) {
            return;
        }
        if (i == segments.length - 1 && child.isString()) {
            object.put(segments[i], "no_such_term");
        } else {
            replaceTexts(child, segments, i + 1);
        }
    }
}
