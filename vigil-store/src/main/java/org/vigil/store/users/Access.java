package org.vigil.store.users;

import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Record;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one user may see: every record of the levels their role sees, plus the restricted records
 * assigned to them. The single rule behind pages, API, search, exports and counts.
 *
 * @param levels   confidentiality levels visible without assignment
 * @param assigned ids of records assigned to the user
 */
public record Access(Set<Confidentiality> levels, Set<String> assigned) {

    /** Copies the sets. */
    public Access {
        levels = levels.isEmpty() ? EnumSet.noneOf(Confidentiality.class) : EnumSet.copyOf(levels);
        assigned = Set.copyOf(assigned);
    }

    /** Everything (for the command line, which runs with the keys and the database in hand). */
    public static Access everything() {
        return new Access(EnumSet.allOf(Confidentiality.class), Set.of());
    }

    /** True when the record may be shown. */
    public boolean canSee(Record r) {
        return levels.contains(r.confidentiality()) || assigned.contains(r.id());
    }

    /** True when a record of this id and level may be shown. */
    public boolean canSee(String id, Confidentiality level) {
        return levels.contains(level) || assigned.contains(id);
    }
}
