package org.vigil.link.block;

import org.vigil.link.settings.LinkSettings;

import java.util.List;

/**
 * Blocking rules fitted to a budget of candidate pairs ({@code Linker.fitBlocking}), and what was changed
 * to fit them.
 *
 * @param settings the settings with the rules kept
 * @param changes  one sentence per tightened or dropped rule (empty: nothing changed)
 * @param pairs    the candidate pairs the kept rules make
 */
public record BlockingFit(LinkSettings settings, List<String> changes, long pairs) {

    /** The default budget: this many candidate pairs per record. */
    public static final int PAIRS_PER_RECORD = 20;

    /** Copies the changes. */
    public BlockingFit {
        changes = List.copyOf(changes);
    }
}
