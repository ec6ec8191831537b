package org.vigil.core.count;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountTest {

    @Test
    void keepsHowTheFigureWasStated() {
        assertThat(Count.parse("at least 15")).isEqualTo(Count.atLeast(15));
        assertThat(Count.parse("more than 100")).isEqualTo(Count.moreThan(100));
        assertThat(Count.parse("approximately 40")).isEqualTo(Count.approximately(40));
        assertThat(Count.parse("about 1,200")).isEqualTo(Count.approximately(1200));
        assertThat(Count.parse("up to 7")).isEqualTo(Count.upTo(7));
        assertThat(Count.parse("37")).isEqualTo(Count.exactly(37));
    }

    @Test
    void boundsFollowTheQualifier() {
        assertThat(Count.atLeast(15).lowerBound()).isEqualTo(15);
        assertThat(Count.atLeast(15).upperBound()).isEmpty();
        assertThat(Count.moreThan(100).lowerBound()).isEqualTo(101);
        assertThat(Count.upTo(7).upperBound()).hasValue(7);
        assertThat(Count.upTo(7).lowerBound()).isZero();
        assertThat(Count.exactly(37).upperBound()).hasValue(37);
    }

    @Test
    void readsAsEnglish() {
        assertThat(Count.atLeast(15)).hasToString("at least 15");
        assertThat(Count.exactly(37)).hasToString("37");
    }

    @Test
    void rejectsNegativeAndUnreadableCounts() {
        assertThatThrownBy(() -> Count.exactly(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Count.parse("dozens")).hasMessageContaining("'dozens' is not a count");
        assertThatThrownBy(() -> CountQualifier.fromCode("roughly")).hasMessageContaining("at_least");
    }
}
