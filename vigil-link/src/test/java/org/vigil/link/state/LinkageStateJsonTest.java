package org.vigil.link.state;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.link.review.Decision;
import org.vigil.link.review.ReviewDecision;

import java.nio.charset.StandardCharsets;

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

    @Test
    void aVersionOneStateStillLoadsWithItsProvenanceInTheCoreShape() throws Exception {
        String v1;
        try (var in = getClass().getResourceAsStream("linkage-state-v1.json")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LinkageState state = LinkageStateJson.read(v1, "linkage-state-v1.json");
        assertThat(state.version()).isEqualTo(LinkageState.VERSION);
        assertThat(state.clusters()).containsEntry("news-1", "court-1").containsEntry("ngo-2", "ngo-2");
        assertThat(state.decisions()).containsExactly(
                new ReviewDecision("ngo-1", "ngo-2", Decision.DIFFERENT, "ana", "other father"));
        assertThat(state.model()).isPresent();
        var provenance = state.provenance().orElseThrow();
        assertThat(provenance.method()).startsWith("fellegi-sunter");
        assertThat(provenance.seed()).isEqualTo(42);
        assertThat(provenance.inputs()).extracting(i -> i.name()).containsExactly("records");
        assertThat(provenance.settings()).containsEntry("threshold", 0.5).containsKey("fields");
        assertThat(LinkageStateJson.read(LinkageStateJson.write(state), "again.json")).isEqualTo(state);
    }

    @Test
    void aFutureVersionIsRefusedNamingTheVersionsThisOneReads() {
        assertThatThrownBy(() -> LinkageStateJson.read("{\"format\": \"vigil-linkage-state\", \"version\": 3}", "s.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("s.json:1: $.version")
                .hasMessageContaining("versions 1 and 2");
    }
}
