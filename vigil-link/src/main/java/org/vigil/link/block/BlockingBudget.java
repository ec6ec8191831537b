package org.vigil.link.block;

import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.compare.PreparedRecords;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps inferred blocking rules within a budget of candidate pairs, so that a list no one tuned for
 * does not compare tens of millions of pairs. Rules are taken in order (the inferred order puts the
 * most telling first); a rule that alone would exceed the budget is tightened with the birth year when
 * that makes a new rule, else dropped; a rule whose new pairs would take the union over the budget is
 * dropped. Every change is said in words for standard error.
 */
public final class BlockingBudget {

    /** The default budget: this many candidate pairs per record. */
    public static final int PAIRS_PER_RECORD = 20;

    private BlockingBudget() {
    }

    /**
     * Rules that fit, and what was changed.
     *
     * @param settings the settings with the rules kept
     * @param changes  one sentence per tightened or dropped rule (empty: nothing changed)
     * @param pairs    the candidate pairs the kept rules make
     */
    public record Fitted(LinkSettings settings, List<String> changes, long pairs) {
    }

    /** Fits the settings' blocking rules to at most {@code budget} candidate pairs over the prepared records. */
    public static Fitted fit(PreparedRecords records, LinkSettings settings, long budget) {
        List<BlockingRule> rules = new ArrayList<>(settings.blocking());
        Optional<FieldSettings> date = settings.fields().stream().filter(f -> f.kind() == ComparisonKind.DATE).findFirst();
        // each rule's tightened form (with the birth year), appended so one Blocker holds them all
        int original = rules.size();
        int[] tightened = new int[original];
        for (int r = 0; r < original; r++) {
            tightened[r] = -1;
            BlockingRule rule = rules.get(r);
            if (date.isPresent() && rule.keys().stream().noneMatch(k -> BlockingRule.fieldOf(k).equals(date.get().name()))) {
                List<String> keys = new ArrayList<>(rule.keys());
                keys.add(date.get().name() + ":year");
                BlockingRule t = new BlockingRule(keys);
                if (!rules.contains(t)) {
                    tightened[r] = rules.size();
                    rules.add(t);
                }
            }
        }
        Blocker blocker = new Blocker(records, rules, settings.mode(), null, settings.maxBlockSize());
        BlockingReport report = blocker.report();
        boolean[] kept = new boolean[rules.size()];
        List<String> changes = new ArrayList<>();
        long union = 0;
        for (int r = 0; r < original; r++) {
            int use = r;
            long alone = report.rules().get(r).pairs();
            if (alone > budget) {
                if (tightened[r] >= 0 && report.rules().get(tightened[r]).pairs() <= budget) {
                    use = tightened[r];
                    changes.add("rule '" + rules.get(r) + "' alone would make " + String.format("%,d", alone)
                            + " candidate pairs, more than the budget of " + String.format("%,d", budget)
                            + "; tightened to '" + rules.get(use) + "'");
                } else {
                    changes.add("rule '" + rules.get(r) + "' alone would make " + String.format("%,d", alone)
                            + " candidate pairs, more than the budget of " + String.format("%,d", budget) + "; dropped");
                    continue;
                }
            }
            long added = blocker.newPairs(use, kept);
            if (union + added > budget && union > 0) {
                changes.add("rule '" + rules.get(use) + "' would add " + String.format("%,d", added)
                        + " candidate pairs to " + String.format("%,d", union) + ", more than the budget of "
                        + String.format("%,d", budget) + "; dropped");
                continue;
            }
            kept[use] = true;
            union += added;
        }
        if (changes.isEmpty()) {
            return new Fitted(settings, changes, union);
        }
        List<BlockingRule> keptRules = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            if (kept[r]) {
                keptRules.add(rules.get(r));
            }
        }
        if (keptRules.isEmpty()) {
            // nothing fits: keep the smallest rule rather than compare nothing
            int smallest = 0;
            for (int r = 1; r < rules.size(); r++) {
                if (report.rules().get(r).pairs() < report.rules().get(smallest).pairs()) {
                    smallest = r;
                }
            }
            keptRules.add(rules.get(smallest));
            union = report.rules().get(smallest).pairs();
            changes.add("no rule fits the budget; kept the smallest, '" + rules.get(smallest) + "'");
        }
        return new Fitted(settings.withBlocking(keptRules), changes, union);
    }
}
