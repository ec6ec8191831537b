package org.vigil.link.internal.block;

import org.junit.jupiter.api.Test;
import org.vigil.link.block.BlockingFit;
import org.vigil.link.input.LinkInput;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.internal.generate.GeneratedSet;
import org.vigil.link.internal.generate.PeopleListGenerator;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsInference;

import static org.assertj.core.api.Assertions.assertThat;

/** Inferred blocking is held to a budget of candidate pairs, and every change is said (issue 17). */
class BlockingBudgetTest {

    private static final GeneratedSet SET = PeopleListGenerator.generate(300, 5);

    @Test
    void aRuleThatAloneExceedsTheBudgetIsDroppedOrTightenedAndTheUnionStaysWithinIt() {
        LinkInput input = SET.toInput();
        LinkSettings inferred = SettingsInference.infer(input).settings();
        PreparedRecords records = PreparedRecords.prepare(input, inferred);
        // a tight budget (5 pairs per record) so that this small set meets it
        long budget = 5L * input.records().size();
        BlockingFit fitted = BlockingBudget.fit(records, inferred, budget);
        assertThat(fitted.pairs()).isLessThanOrEqualTo(budget);
        assertThat(fitted.changes()).isNotEmpty().allMatch(c -> c.contains("budget of " + String.format("%,d", budget)));
        assertThat(fitted.changes()).anyMatch(c -> c.startsWith("rule 'first_name:key'") && c.contains("alone would make"));
        assertThat(fitted.settings().blocking()).doesNotContain(new BlockingRule(java.util.List.of("first_name:key")));
        // what is kept really makes that many pairs
        Blocker kept = new Blocker(records, fitted.settings());
        assertThat(kept.generate(0, Long.MAX_VALUE, () -> false, n -> { }).size()).isEqualTo((int) fitted.pairs());
    }

    @Test
    void everyTightenedFormWithinTheBudgetIsKeptSoThatRecordsWithoutADateStillMeet() {
        LinkInput input = SET.toInput();
        LinkSettings inferred = SettingsInference.infer(input).settings();
        long budget = 5L * input.records().size();
        BlockingFit fitted = BlockingBudget.fit(PreparedRecords.prepare(input, inferred), inferred, budget);
        // not only the birth-year form: the postcode form pairs the records that have no date
        assertThat(fitted.settings().blocking()).anyMatch(r -> r.keys().contains("postcode:exact"));
        assertThat(fitted.changes()).anyMatch(c -> c.contains("tightened to") && c.contains(" and '"));
        assertThat(fitted.pairs()).isLessThanOrEqualTo(budget);
    }

    @Test
    void rulesWithinTheBudgetAreLeftAlone() {
        LinkInput input = SET.toInput();
        LinkSettings inferred = SettingsInference.infer(input).settings();
        BlockingFit fitted = BlockingBudget.fit(PreparedRecords.prepare(input, inferred), inferred,
                Long.MAX_VALUE / 4);
        assertThat(fitted.changes()).isEmpty();
        assertThat(fitted.settings()).isSameAs(inferred);
    }
}
