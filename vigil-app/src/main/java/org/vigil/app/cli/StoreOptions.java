package org.vigil.app.cli;

import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Where the data set is: {@code --data DIR} (embedded) or {@code --db-url URL} (PostgreSQL), and its keys. */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory of the embedded store (default: ./vigil-data).")
    Path data;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "PostgreSQL JDBC URL instead of --data, e.g. jdbc:postgresql://localhost/vigil. "
                    + "User and password come from VIGIL_DB_USER and VIGIL_DB_PASSWORD.")
    String dbUrl;

    @Option(names = "--key-dir", paramLabel = "DIR",
            description = "Directory of the data set's key files, kept apart from the data "
                    + "(default: $VIGIL_KEY_DIR or ~/.config/vigil/keys).")
    Path keyDir;

    /** The location these options name. */
    public StoreLocation location() {
        Path keys = StoreLocation.keyDirectoryFor(Optional.ofNullable(keyDir));
        if (dbUrl != null) {
            if (data != null) {
                throw new IllegalArgumentException("give --data or --db-url, not both");
            }
            return StoreLocation.server(dbUrl, env("VIGIL_DB_USER").orElse(""), env("VIGIL_DB_PASSWORD").orElse(""),
                    keys);
        }
        return StoreLocation.embedded(data != null ? data : Path.of("vigil-data"), keys);
    }

    /** Opens the store. */
    public Store open() {
        return Store.open(location());
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }
}
