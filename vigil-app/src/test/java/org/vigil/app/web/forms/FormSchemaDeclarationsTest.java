package org.vigil.app.web.forms;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Reference;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.core.vocab.VocabularyTerm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms offer pickers and vocabulary choices exactly where the record types declare references and terms. */
class FormSchemaDeclarationsTest {

    private final Vocabularies vocabularies = Vocabularies.builtIn();
    private final FormSchema schema = new FormSchema(vocabularies);

    @Test
    void everyDeclaredReferenceIsAPickerOfItsTargetsAndNoOtherFieldIs() {
        for (RecordType type : RecordType.values()) {
            Map<String, Set<RecordType>> pickers = new HashMap<>();
            schema.index(type).forEach((path, f) -> {
                FieldSpec ref = f.item() != null ? f.item() : f;
                if (!ref.refs().isEmpty()) {
                    pickers.put(modelPath(path), ref.refs());
                }
            });
            Map<String, Set<RecordType>> declared = new HashMap<>();
            for (Reference r : type.references()) {
                declared.put(r.path(), r.targets());
            }
            assertThat(pickers).as(type.code()).isEqualTo(declared);
        }
    }

    @Test
    void everyDeclaredVocabularyFieldOffersItsTermsAndNoOtherFieldDoes() {
        Map<List<String>, VocabularyKind> byCodes = new HashMap<>();
        for (VocabularyKind kind : VocabularyKind.values()) {
            byCodes.put(vocabularies.get(kind).terms().stream().map(VocabularyTerm::code).toList(), kind);
        }
        for (RecordType type : RecordType.values()) {
            Map<String, VocabularyKind> offered = new HashMap<>();
            schema.index(type).forEach((path, f) -> {
                VocabularyKind kind = byCodes.get(f.options().stream().map(FieldSpec.Option::code).toList());
                if ((f.kind() == FieldSpec.Kind.CHOICE || f.kind() == FieldSpec.Kind.MULTI_CHOICE) && kind != null) {
                    offered.put(modelPath(path), kind);
                }
            });
            assertThat(offered).as(type.code()).isEqualTo(type.vocabularyFields());
        }
    }

    @Test
    void theNewRecordPageOffersEveryTypeWithItsPurpose() {
        assertThat(RecordKinds.ORDER).containsExactlyInAnyOrder(RecordType.values());
        assertThat(RecordKinds.ORDER).as("a case is recorded source first, then what it tells")
                .startsWith(RecordType.SOURCE, RecordType.EVENT, RecordType.PERSON);
        for (RecordType type : RecordType.values()) {
            assertThat(RecordKinds.purpose(type)).as("kind." + type.code() + ".purpose in messages.properties")
                    .isNotBlank();
            assertThat(RecordKinds.label(type)).as(type.code()).isNotBlank();
        }
        assertThat(RecordKinds.label(RecordType.PROCEEDING)).isEqualTo("Legal proceeding");
    }

    @Test
    void everyKindOfLegalStepSaysWhatItIs() {
        for (String step : RecordKinds.steps()) {
            assertThat(RecordKinds.stepPurpose(step)).as("step." + step + ".purpose in messages.properties")
                    .isNotBlank();
        }
    }

    /** The form's path without the step kind a variant adds ({@code step.trial.x} is the model's {@code step.x}). */
    private static String modelPath(String formPath) {
        return formPath.replaceFirst("^step\\.[a-z_]+\\.", "step.");
    }
}
