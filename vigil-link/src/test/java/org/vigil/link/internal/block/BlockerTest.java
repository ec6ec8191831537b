package org.vigil.link.internal.block;

import org.junit.jupiter.api.Test;
import org.vigil.link.TestRecords;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.input.LinkInput;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Blocking rules combine by union, each pair made once, and their sizes are known before comparing. */
class BlockerTest {

    private static LinkInput input() {
        return LinkInput.of(List.of(
                TestRecords.person("1", "a", "Roza Tuletaeva", "1975-04-02", ""),
                TestRecords.person("2", "b", "Тулетаева Роза Ивановна", "1975-04-02", ""),
                TestRecords.person("3", "a", "Marat Omarov", "1975-04-02", ""),
                TestRecords.person("4", "b", "Omarov Marat", "1980", ""),
                TestRecords.person("5", "a", "Aigul Omarova", "", "")));
    }

    @Test
    void aPairSharingSeveralKeysIsMadeOnce() {
        LinkSettings s = TestRecords.personSettings();
        PreparedRecords records = PreparedRecords.prepare(input(), s);
        Blocker blocker = new Blocker(records, s);
        CandidatePairs pairs = blocker.generate(0, 1000, () -> false, n -> { });
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < pairs.size(); k++) {
            assertThat(seen.add(((long) pairs.left(k) << 32) | pairs.right(k))).isTrue();
        }
        // 1-2 share two name words (made once, by rule 0); 3-4 share words; 1-2, 1-3, 2-3 share the date
        assertThat(seen).containsExactlyInAnyOrder(pair(0, 1), pair(2, 3), pair(0, 2), pair(1, 2));
        BlockingReport report = blocker.report();
        // an upper bound: (1,2) counts in the roza and tuletaeva blocks, (3,4) in marat and omarov
        assertThat(report.rules().get(0).pairs()).isEqualTo(4);
        assertThat(report.rules().get(1).pairs()).isEqualTo(3);
        assertThat(report.totalPairs()).isEqualTo(10);
    }

    @Test
    void linkOnlyModePairsOnlyAcrossSources() {
        LinkSettings s = TestRecords.personSettings().withMode(LinkMode.LINK_ONLY);
        PreparedRecords records = PreparedRecords.prepare(input(), s);
        CandidatePairs pairs = new Blocker(records, s).generate(0, 1000, () -> false, n -> { });
        for (int k = 0; k < pairs.size(); k++) {
            assertThat(records.source(pairs.left(k))).isNotEqualTo(records.source(pairs.right(k)));
        }
        assertThat(new Blocker(records, s).report().totalPairs()).isEqualTo(6);
    }

    @Test
    void incrementalGenerationMakesOnlyPairsWithNewRecords() {
        LinkSettings s = TestRecords.personSettings();
        PreparedRecords records = PreparedRecords.prepare(input(), s);
        CandidatePairs pairs = new Blocker(records, s).generate(3, 1000, () -> false, n -> { });
        for (int k = 0; k < pairs.size(); k++) {
            assertThat(Math.max(pairs.left(k), pairs.right(k))).isGreaterThanOrEqualTo(3);
        }
        assertThat(pairs.size()).isEqualTo(1);
    }

    @Test
    void tooManyPairsStopTheRunWithAdviceNamingTheRule() {
        LinkSettings base = TestRecords.personSettings();
        LinkSettings s = LinkSettings.defaults(base.fields(), List.of(new BlockingRule(List.of("birth_place:exact")),
                new BlockingRule(List.of("name:words"))));
        LinkInput many = LinkInput.of(java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> TestRecords.person("r" + i, "a", "Name" + i, "", "Almaty")).toList());
        Blocker blocker = new Blocker(PreparedRecords.prepare(many, s), s);
        assertThatThrownBy(() -> blocker.generate(0, 1000, () -> false, n -> { }))
                .hasMessageContaining("rule 'birth_place:exact' alone makes 4950")
                .hasMessageContaining("largest block: 100 records with key 'almati'");
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | b;
    }
}
