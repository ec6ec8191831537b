package org.vigil.store.io;

import java.util.Locale;

/** The interchange formats of a whole data set. */
public enum DatasetFormat {
    JSON, CSV;

    /** Reads {@code json} or {@code csv}. */
    public static DatasetFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a data set format: use json or csv", e);
        }
    }
}
