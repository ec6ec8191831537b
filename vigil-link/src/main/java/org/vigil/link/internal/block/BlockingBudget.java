package org.vigil.link.internal.block;

import org.vigil.link.block.BlockingFit;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps inferred blocking rules within a budget of candidate pairs, so that a list no one tuned for
 * does not compare tens of millions of pairs. Rules are taken in order (the inferred order puts the
 * most telling first); a rule that alone would exceed the budget is replaced by each of its tightened
 * forms (with the birth year, an identifier such as the postcode, the place's first three letters, or
 * another name's first letter) that is within the budget, else dropped. Keeping every form that fits,
 * not only the first, matters: a rule tightened only with the birth year never pairs the records that
 * have no date, which on a list of people was a quarter of the true pairs. A rule (or form) whose new
 * pairs would take the union over the budget is dropped. Every change is said in words for standard error.
 */
public final class BlockingBudget {

    private BlockingBudget() {
    }

    /**
     * Keys that may tighten a rule: the birth year, each identifier (postcode, document number), each
     * place's first three letters, then each name field's first letter.
     */
    private static List<String> extraKeys(LinkSettings settings, Optional<FieldSettings> date) {
        List<String> extra = new ArrayList<>();
        date.ifPresent(d -> extra.add(d.name() + ":year"));
        for (FieldSettings f : settings.fields()) {
            if (f.kind() == ComparisonKind.IDENTIFIER) {
                extra.add(f.name() + ":exact");
            }
        }
        for (FieldSettings f : settings.fields()) {
            if (f.kind() == ComparisonKind.PLACE) {
                extra.add(f.name() + ":prefix3");
            }
        }
        for (FieldSettings f : settings.fields()) {
            if (f.kind() == ComparisonKind.NAME) {
                extra.add(f.name() + ":initial");
            } else if (f.kind() == ComparisonKind.PERSON_NAME) {
                extra.add(f.name() + ":firstletters");
            }
        }
        return extra;
    }

    /** Fits the settings' blocking rules to at most {@code budget} candidate pairs over the prepared records. */
    public static BlockingFit fit(PreparedRecords records, LinkSettings settings, long budget) {
        List<BlockingRule> rules = new ArrayList<>(settings.blocking());
        Optional<FieldSettings> date = settings.fields().stream().filter(f -> f.kind() == ComparisonKind.DATE).findFirst();
        // each rule's tightened forms, appended so that one Blocker holds them all: with the birth year,
        // else with the first letter of another name field
        int original = rules.size();
        List<List<Integer>> tightened = new ArrayList<>();
        for (int r = 0; r < original; r++) {
            List<Integer> forms = new ArrayList<>();
            BlockingRule rule = rules.get(r);
            for (String extra : extraKeys(settings, date)) {
                String field = BlockingRule.fieldOf(extra);
                if (rule.keys().stream().anyMatch(k -> BlockingRule.fieldOf(k).equals(field))) {
                    continue;
                }
                List<String> keys = new ArrayList<>(rule.keys());
                keys.add(extra);
                BlockingRule t = new BlockingRule(keys);
                if (!rules.contains(t)) {
                    forms.add(rules.size());
                    rules.add(t);
                }
            }
            tightened.add(forms);
        }
        Blocker blocker = new Blocker(records, rules, settings.mode(), null, settings.maxBlockSize());
        BlockingReport report = blocker.report();
        boolean[] kept = new boolean[rules.size()];
        List<String> changes = new ArrayList<>();
        long union = 0;
        for (int r = 0; r < original; r++) {
            long alone = report.rules().get(r).pairs();
            List<Integer> uses = new ArrayList<>();
            if (alone <= budget) {
                uses.add(r);
            } else {
                for (int t : tightened.get(r)) {
                    if (report.rules().get(t).pairs() <= budget) {
                        uses.add(t);
                    }
                }
                String over = "rule '" + rules.get(r) + "' alone would make " + String.format("%,d", alone)
                        + " candidate pairs, more than the budget of " + String.format("%,d", budget);
                if (uses.isEmpty()) {
                    changes.add(over + "; dropped");
                    continue;
                }
                List<String> forms = new ArrayList<>();
                for (int u : uses) {
                    forms.add("'" + rules.get(u) + "'");
                }
                changes.add(over + "; tightened to " + String.join(" and ", forms));
            }
            for (int use : uses) {
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
        }
        if (changes.isEmpty()) {
            return new BlockingFit(settings, changes, union);
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
        return new BlockingFit(settings.withBlocking(keptRules), changes, union);
    }
}
