package org.vigil.link;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.review.Decision;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.review.ReviewDecision;
import org.vigil.link.state.LinkageState;
import org.vigil.link.state.LinkageStateJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine joins records of one person, explains itself, honours reviewers and keeps ids stable. */
class LinkerTest {

    private final Linker linker = new Linker(TestRecords.personSettings());
    /** One full run shared by the tests that only read it (each run takes seconds). */
    private static LinkageResult shared;

    private LinkageResult firstRun() {
        if (shared == null) {
            shared = linker.link(TestRecords.input());
        }
        return shared;
    }

    private static Map<String, String> clusters(LinkageResult r) {
        return r.clusters().stream().collect(Collectors.toMap(ClusterAssignment::recordId, ClusterAssignment::clusterId));
    }

    @Test
    void oneDetaineeInThreeSourcesAndScriptsIsOnePerson() {
        Map<String, String> c = clusters(firstRun());
        assertThat(c.get("news-1")).isEqualTo(c.get("ngo-1"));
        assertThat(c.get("court-1")).isEqualTo(c.get("ngo-1"));
        assertThat(c.get("ngo-2")).as("a namesake born 15 years later elsewhere").isNotEqualTo(c.get("ngo-1"));
        // and the generated people are mostly found (pairwise F1 well above chance)
        Map<String, String> truth = new java.util.HashMap<>();
        TestRecords.generated().forEach(g -> truth.put(g.recordId(), g.personId()));
        TestRecords.tuletayeva().forEach(r -> truth.put(r.id(), r.id().equals("ngo-2") ? "namesake" : "roza"));
        assertThat(org.vigil.link.internal.bench.LinkBenchmark.pairwiseF1(firstRun(), truth)).isGreaterThan(0.8);
    }

    @Test
    void theSameInputAndSeedGiveTheSameBytes() {
        LinkageResult a = firstRun();
        LinkageResult b = linker.link(TestRecords.input());
        assertThat(LinkageStateJson.write(a.state())).isEqualTo(LinkageStateJson.write(b.state()));
        assertThat(a.clusters()).isEqualTo(b.clusters());
        assertThat(a.provenance().inputs().get(0).sha256()).hasSize(64);
        assertThat(a.provenance().vigilVersion()).isNotBlank();
    }

    @Test
    void theBlockingReportCountsPairsPerRuleBeforeTheRun() {
        var report = linker.countCandidates(TestRecords.input());
        assertThat(report.rules()).hasSize(2);
        assertThat(report.rules().get(0).rule()).isEqualTo("name:words");
        assertThat(report.rules().get(0).pairs()).isPositive();
        long n = TestRecords.input().records().size();
        assertThat(report.totalPairs()).isEqualTo(n * (n - 1) / 2);
    }

    @Test
    void eachFieldsContributionAddsUpToTheMatchWeight() {
        LinkageResult r = firstRun();
        PairExplanation e = linker.explain(TestRecords.input(), r.state(), "ngo-1", "news-1");
        double sum = e.priorWeight() + e.fields().stream().mapToDouble(f -> f.weight() + f.frequencyAdjustment()).sum();
        assertThat(e.matchWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
        assertThat(e.fields()).extracting(f -> f.field()).containsExactly("name", "birth_date", "birth_place");
        assertThat(e.fields().get(1).level()).isEqualTo("agree to the year");
        assertThat(e.probability()).isGreaterThan(0.5);
    }

    @Test
    void aReviewersDecisionsAreNeverOverturned() {
        LinkageState state = LinkageState.empty()
                .withDecision(new ReviewDecision("ngo-1", "news-1", Decision.DIFFERENT, "ana", "different fathers"))
                .withDecision(ReviewDecision.of("ngo-2", "ngo-1", Decision.SAME));
        LinkageResult r = linker.link(TestRecords.input(), state, Progress.NONE);
        Map<String, String> c = clusters(r);
        assertThat(c.get("news-1")).isNotEqualTo(c.get("ngo-1"));
        assertThat(c.get("ngo-2")).isEqualTo(c.get("ngo-1"));
        assertThat(r.state().decisions()).hasSize(2);
        // the reviewed match also refines the m-probabilities
        assertThat(r.model().fields().get(0).estimatedBy()).contains("1 reviewed matching pairs");
        // and again on a re-run from the saved state
        LinkageState saved = LinkageStateJson.read(LinkageStateJson.write(r.state()), "state.json");
        Map<String, String> again = clusters(linker.link(TestRecords.input(), saved, Progress.NONE));
        assertThat(again.get("news-1")).isNotEqualTo(again.get("ngo-1"));
        assertThat(again.get("ngo-2")).isEqualTo(again.get("ngo-1"));
    }

    @Test
    void aFullReRunKeepsTheClusterIds() {
        LinkageResult first = firstRun();
        List<InputRecord> reversed = new ArrayList<>(TestRecords.tuletayevaAndOthers());
        java.util.Collections.reverse(reversed);
        LinkageResult second = linker.link(LinkInput.of(reversed), first.state(), Progress.NONE);
        assertThat(clusters(second)).isEqualTo(clusters(first));
    }

    @Test
    void newRecordsJoinExistingClustersWithoutChangingAnyId() {
        LinkageResult first = firstRun();
        List<InputRecord> more = new ArrayList<>(TestRecords.tuletayevaAndOthers());
        more.add(TestRecords.person("un-1", "un", "Tuletaeva Roza", "1975-04-02", "Zhanaozen"));
        more.add(TestRecords.person("un-2", "un", "Gulmira Zhunusova", "1961-01-01", ""));
        LinkageResult added = linker.addRecords(LinkInput.of(more), first.state(), Progress.NONE);
        Map<String, String> before = clusters(first);
        Map<String, String> after = clusters(added);
        before.forEach((id, cluster) -> assertThat(after.get(id)).as(id).isEqualTo(cluster));
        assertThat(after.get("un-1")).isEqualTo(before.get("ngo-1"));
        assertThat(after.get("un-2")).isEqualTo("un-2");
        assertThat(added.provenance().method()).startsWith("fellegi-sunter (model of the previous run)");
    }

    @Test
    void incrementalLinkingNeedsAFittedModel() {
        assertThatThrownBy(() -> linker.addRecords(TestRecords.input(), LinkageState.empty(), Progress.NONE)).hasMessageContaining("run a full link first");
    }

    private static final Progress CANCELLED = new Progress() {
        @Override
        public void step(String phase, long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return true;
        }
    };

    @Test
    void aCancelledRunStops() {
        assertThatThrownBy(() -> linker.link(TestRecords.input(), LinkageState.empty(), CANCELLED))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theStateSurvivesJson() {
        LinkageState state = firstRun().state();
        String json = LinkageStateJson.write(state);
        assertThat(LinkageStateJson.write(LinkageStateJson.read(json, "s.json"))).isEqualTo(json);
        assertThat(json).contains("\"format\" : \"vigil-linkage-state\"");
    }
}
