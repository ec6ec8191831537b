package org.vigil.estimate.data;

import org.junit.jupiter.api.Test;
import org.vigil.estimate.Fixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptureHistoryTest {

    @Test
    void patternsPutTheFirstListInTheHighestBitAsTheSharedCsvFormatDoes() {
        CaptureHistory k = Fixtures.kosovo();
        // kosovo_4lists.csv: row "1,0,0,0" (EXH only) has 1,131 people; "0,0,0,1" (HRW only) 306.
        assertThat(k.count(0b1000)).isEqualTo(1131);
        assertThat(k.count(0b0001)).isEqualTo(306);
        assertThat(k.listsIn(0b1010)).containsExactly("EXH", "OSCE");
        assertThat(CaptureHistory.patternText(0b1010, 4)).isEqualTo("1010");
    }

    @Test
    void selectingListsCollapsesPatternsAndDropsPeopleOnNoneOfThem() {
        CaptureHistory two = Fixtures.kosovo().select(List.of("OSCE", "EXH"));
        assertThat(two.lists()).containsExactly("OSCE", "EXH");
        assertThat(two.listTotal(0)).isEqualTo(1786);
        assertThat(two.listTotal(1)).isEqualTo(1910);
        // Both OSCE and EXH: patterns 1x1x = 228 + 42 + 181 + 27.
        assertThat(two.count(0b11)).isEqualTo(478);
        assertThat(two.observed()).isEqualTo(1786 + 1910 - 478);
    }

    @Test
    void selectingAnUnknownListOrTooFewListsIsExplained() {
        assertThatThrownBy(() -> Fixtures.kosovo().select(List.of("EXH", "UN")))
                .hasMessageContaining("unknown list 'UN'").hasMessageContaining("[EXH, ABA, OSCE, HRW]");
        assertThatThrownBy(() -> Fixtures.kosovo().select(List.of("EXH")))
                .hasMessageContaining("--lists must name 2 to 16 lists");
    }

    @Test
    void frequenciesOfCapturesCountPeopleByHowManyListsTheyAreOn() {
        long[] f = Fixtures.kosovo().frequencyOfCaptures();
        assertThat(f).containsExactly(0, 3218, 882, 273, 27);
    }

    @Test
    void countsForTheUnobservedPatternOrNegativeCountsAreRejected() {
        assertThatThrownBy(() -> CaptureHistory.of(List.of("A", "B"), new long[] {5, 1, 1, 1}))
                .hasMessageContaining("on no list is the unknown");
        assertThatThrownBy(() -> CaptureHistory.of(List.of("A", "B"), new long[] {0, 1, -1, 1}))
                .hasMessageContaining("negative count -1 for pattern 10");
        assertThatThrownBy(() -> CaptureHistory.of(List.of("A", "A"), new long[] {0, 1, 1, 1}))
                .hasMessageContaining("appears twice");
    }
}
