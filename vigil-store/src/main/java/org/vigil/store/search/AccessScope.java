package org.vigil.store.search;

import org.vigil.core.model.Confidentiality;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may see: every record at one of {@code levels}, plus the records whose ids are in
 * {@code assignedIds} whatever their level (how restricted records reach the researchers assigned to them).
 * The index applies it inside every query, so hits, totals and facet counts never include anything else.
 *
 * @param levels      confidentiality levels visible in general; viewer: PUBLIC, researcher: PUBLIC and INTERNAL
 * @param assignedIds ids of records assigned to the caller
 */
public record AccessScope(Set<Confidentiality> levels, Set<String> assignedIds) {

    /** Copies the sets; null means empty, so a scope never sees more than it was given. */
    public AccessScope {
        levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        assignedIds = assignedIds == null ? Set.of() : Set.copyOf(assignedIds);
    }

    /** A public viewer: PUBLIC records only. */
    public static AccessScope viewer() {
        return new AccessScope(Set.of(Confidentiality.PUBLIC), Set.of());
    }

    /** A researcher: PUBLIC and INTERNAL records, plus the restricted records assigned to them. */
    public static AccessScope researcher(Set<String> assignedIds) {
        return new AccessScope(Set.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL), assignedIds);
    }

    /** Every record at every level: for administrators and index maintenance. */
    public static AccessScope everything() {
        return new AccessScope(EnumSet.allOf(Confidentiality.class), Set.of());
    }

    /** True when a record with this id and level is visible in this scope. */
    public boolean permits(String id, Confidentiality level) {
        return levels.contains(level) || assignedIds.contains(id);
    }
}
