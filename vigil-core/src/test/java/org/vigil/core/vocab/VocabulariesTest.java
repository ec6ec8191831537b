package org.vigil.core.vocab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabulariesTest {

    private final Vocabularies builtIn = Vocabularies.builtIn();

    @Test
    void violationCategoriesAreTheArchitecturesNames() {
        // ../shared/design/architecture.md, "Vocabularies for violation_categories".
        assertThat(builtIn.get(VocabularyKind.VIOLATION_CATEGORY).terms()).extracting(VocabularyTerm::code)
                .containsExactly("extrajudicial_execution", "excessive_force", "torture", "arbitrary_detention",
                        "enforced_disappearance", "unfair_trial", "prisoner_of_conscience", "freedom_of_expression",
                        "freedom_of_association", "freedom_of_assembly", "refoulement", "death_penalty",
                        "discrimination", "violence_against_women", "impunity", "housing_rights", "labour_rights");
    }

    @Test
    void everyVocabularyHasLabelledTerms() {
        for (VocabularyKind kind : VocabularyKind.values()) {
            Vocabulary v = builtIn.get(kind);
            assertThat(v.terms()).as(kind.fileName()).isNotEmpty();
            assertThat(v.terms()).allSatisfy(t -> assertThat(t.label()).isNotBlank());
        }
    }

    @Test
    void translationsFallBackToEnglish() {
        VocabularyTerm torture = builtIn.get(VocabularyKind.VIOLATION_CATEGORY).term("torture").orElseThrow();
        assertThat(torture.label("ru")).isEqualTo("Пытки и другие виды жестокого обращения");
        assertThat(torture.label("fr")).isEqualTo("Torture and other ill-treatment");
    }

    @Test
    void aDirectoryAddsTermsAndTranslationsWithoutCode(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("torture_methods.tsv"), "# local additions\nforced_feeding\tForced feeding\tAgainst hunger strikers.\n");
        Files.writeString(dir.resolve("torture_methods.kk.tsv"), "forced_feeding\tКүштеп тамақтандыру\n");
        Vocabularies extended = builtIn.extendedFrom(dir);
        Vocabulary methods = extended.get(VocabularyKind.TORTURE_METHOD);
        assertThat(methods.contains("forced_feeding")).isTrue();
        assertThat(methods.contains("beating")).isTrue();
        assertThat(methods.term("forced_feeding").orElseThrow().label("kk")).isEqualTo("Күштеп тамақтандыру");
        assertThat(builtIn.get(VocabularyKind.TORTURE_METHOD).contains("forced_feeding")).isFalse();
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("act_types.tsv"), "# header\nkilling\tKilling\nBad Code\tX\n");
        assertThatThrownBy(() -> builtIn.extendedFrom(dir))
                .hasMessageContaining("act_types.tsv:3").hasMessageContaining("Bad Code");
    }

    @Test
    void aTranslationOfAnUnknownTermIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("act_types.ru.tsv"), "flogging\tПорка\n");
        assertThatThrownBy(() -> builtIn.extendedFrom(dir)).hasMessageContaining("act_types.ru.tsv:1")
                .hasMessageContaining("'flogging' is translated but is not a term");
    }
}
