package org.vigil.store.users;

import org.vigil.core.model.Confidentiality;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a user may do. Restricted records are never visible by role alone: only by assignment. */
public enum Role {
    /** Manages users, keys and assignments; reads and writes like a researcher. */
    ADMIN,
    /** Documents: creates and edits records, imports, extracts, links. */
    RESEARCHER,
    /** Reviews: confirms extracted facts and linkage decisions; reads like a researcher. */
    REVIEWER,
    /** Reads public records only. */
    VIEWER;

    /** The levels this role sees without an assignment. */
    public Set<Confidentiality> visibleLevels() {
        return this == VIEWER ? EnumSet.of(Confidentiality.PUBLIC)
                : EnumSet.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL);
    }

    /** True when the role may create and change records. */
    public boolean canWrite() {
        return this == ADMIN || this == RESEARCHER;
    }

    /** True when the role may take review decisions. */
    public boolean canReview() {
        return this == ADMIN || this == REVIEWER || this == RESEARCHER;
    }

    /** The lower-case name used in forms and data. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a role name; the error lists the roles. */
    public static Role of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a role: use admin, researcher, reviewer or viewer",
                    e);
        }
    }
}
