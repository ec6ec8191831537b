package org.vigil.estimate.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipHistoriesTest {

    @Test
    void aPersonOnSeveralListsCountsOnceInTheirPattern() {
        StratifiedHistory s = MembershipHistories.tabulate(List.of(
                Membership.of("c1", "HRW"), Membership.of("c1", "OSCE"),
                Membership.of("c2", "HRW"), Membership.of("c3", "OSCE"), Membership.of("c3", "OSCE"),
                Membership.of("c4", "unused")), List.of("HRW", "OSCE"));
        CaptureHistory h = s.pooled();
        assertThat(h.count(0b11)).isEqualTo(1);
        assertThat(h.count(0b10)).isEqualTo(1);
        assertThat(h.count(0b01)).isEqualTo(1);
        assertThat(s.stratified()).isFalse();
    }

    @Test
    void membershipsWithStrataBuildOneHistoryPerStratum() {
        StratifiedHistory s = MembershipHistories.tabulate(List.of(
                Membership.of("a", "L1", "2011-12"), Membership.of("a", "L2", "2011-12"),
                Membership.of("b", "L1", "2012-01"), Membership.of("c", "L2", "2012-01")), List.of("L1", "L2"));
        assertThat(s.strataNames()).containsExactly("2011-12", "2012-01");
        assertThat(s.stratum("2012-01").orElseThrow().observed()).isEqualTo(2);
    }

    @Test
    void aPersonInTwoStrataIsAnError() {
        assertThatThrownBy(() -> MembershipHistories.tabulate(List.of(
                Membership.of("a", "L1", "north"), Membership.of("a", "L2", "south")), List.of("L1", "L2")))
                .isInstanceOf(EstimationInputException.class)
                .hasMessageContaining("person 'a' is in stratum north and in south");
    }

    @Test
    void aChosenListThatNobodyIsOnIsAnError() {
        assertThatThrownBy(() -> MembershipHistories.tabulate(List.of(Membership.of("a", "L1")), List.of("L1", "L2")))
                .hasMessageContaining("list 'L2' has nobody on it");
    }
}
