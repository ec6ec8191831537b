package org.vigil.link.state;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.link.review.Decision;
import org.vigil.link.review.ReviewDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The linkage state is the store's to keep: it must read back exactly and refuse what it is not. */
class LinkageStateJsonTest {

    @Test
    void aLaterDecisionOnThePairReplacesTheEarlierOne() {
        LinkageState s = LinkageState.empty()
                .withDecision(ReviewDecision.of("b", "a", Decision.SAME))
                .withDecision(ReviewDecision.of("a", "b", Decision.DIFFERENT));
        assertThat(s.decisions()).containsExactly(ReviewDecision.of("a", "b", Decision.DIFFERENT));
        assertThat(LinkageStateJson.read(LinkageStateJson.write(s), "s.json")).isEqualTo(s);
    }

    @Test
    void somethingElseIsRefusedWithItsLocation() {
        assertThatThrownBy(() -> LinkageStateJson.read("{\"format\": \"vigil-dataset\", \"version\": 1}", "s.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("s.json:1: $.format");
        assertThatThrownBy(() -> LinkageStateJson.read("{\"format\": \"vigil-linkage-state\", \"version\": 1, \"x\": 2}",
                "s.json")).hasMessageContaining("not a linkage state");
        assertThatThrownBy(() -> ReviewDecision.of("a", "a", Decision.SAME)).hasMessageContaining("'a' twice");
    }
}
