package org.vigil.store.db;

/** The database engines Vigil runs on. */
public enum Dialect {
    /** H2 embedded in the Vigil process, in PostgreSQL compatibility mode: the default store. */
    H2,
    /** PostgreSQL server: the production store. */
    POSTGRESQL;

    /** The dialect of a JDBC URL. */
    public static Dialect ofUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("'" + url + "' is not a supported database URL: use jdbc:postgresql://host/db "
                + "(or --data DIR for the embedded store)");
    }
}
