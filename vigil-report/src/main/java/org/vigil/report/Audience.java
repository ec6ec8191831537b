package org.vigil.report;

import java.util.Locale;

/** Who a report is for: the public (only public records, no sources) or the organisation (with endnotes). */
public enum Audience {
    /** Published: public records only, anonymous people by pseudonym, withheld material only as totals. */
    PUBLIC,
    /** Staff: every record the reader may see, with endnotes citing the sources of each statement. */
    INTERNAL;

    /** Reads "public" or "internal". */
    public static Audience of(String text) {
        for (Audience a : values()) {
            if (a.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an audience: use public or internal");
    }

    /** The lower-case code. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
