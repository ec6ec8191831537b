package org.vigil.link.internal.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Categories agree when sources write the same value in their own way (issue 17: "m" and "male"). */
class CategoryComparisonTest {

    private final CategoryComparison cmp = new CategoryComparison();

    private String level(String a, String b) {
        return cmp.levels().get(cmp.compare(cmp.prepare(List.of(a)).orElseThrow(), cmp.prepare(List.of(b)).orElseThrow()));
    }

    @Test
    void theShortAndLongFormsOfSexAgree() {
        assertThat(level("m", "male")).isEqualTo("exact");
        assertThat(level("F", "female")).isEqualTo("exact");
        assertThat(level("ж", "F")).isEqualTo("exact");
        assertThat(level("m", "female")).isEqualTo("different");
    }

    @Test
    void otherCategoriesAgreeOnlyAsWritten() {
        assertThat(level("Nurse", "nurse")).isEqualTo("exact");
        assertThat(level("nurse", "registered nurse")).isEqualTo("different");
    }
}
