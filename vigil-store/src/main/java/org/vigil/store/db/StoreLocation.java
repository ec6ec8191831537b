package org.vigil.store.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a data set lives: an embedded H2 data directory, or a PostgreSQL database; and where its
 * keys live, which is never inside the data directory or the database.
 *
 * @param dataDirectory the embedded store's directory, when embedded
 * @param jdbcUrl       the PostgreSQL URL, when on a server
 * @param user          database user (server only)
 * @param password      database password (server only)
 * @param keyDirectory  directory of the data set's key files
 */
public record StoreLocation(Optional<Path> dataDirectory, Optional<String> jdbcUrl, String user, String password,
                            Path keyDirectory) {

    /** Requires exactly one of directory and URL. */
    public StoreLocation {
        dataDirectory = dataDirectory == null ? Optional.empty() : dataDirectory;
        jdbcUrl = jdbcUrl == null ? Optional.empty() : jdbcUrl;
        if (dataDirectory.isPresent() == jdbcUrl.isPresent()) {
            throw new IllegalArgumentException("give either a data directory or a database URL, not both");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** An embedded store in a directory. */
    public static StoreLocation embedded(Path dataDirectory, Path keyDirectory) {
        return new StoreLocation(Optional.of(dataDirectory.toAbsolutePath().normalize()), Optional.empty(), "", "",
                keyDirectory);
    }

    /** A PostgreSQL store. */
    public static StoreLocation server(String jdbcUrl, String user, String password, Path keyDirectory) {
        return new StoreLocation(Optional.empty(), Optional.of(jdbcUrl), user, password, keyDirectory);
    }

    /**
     * Where a data set's keys are found, the one rule for every command (the demo included): the directory
     * given ({@code --key-dir}), else {@code $VIGIL_KEY_DIR}, else {@code ~/.config/vigil/keys}. Inside it
     * the key files are named by the data set's id, so one directory serves many data sets.
     */
    public static Path keyDirectoryFor(Optional<Path> given) {
        return keyDirectoryFor(given, Optional.ofNullable(System.getenv("VIGIL_KEY_DIR")),
                Path.of(System.getProperty("user.home")));
    }

    // Why the keys never sit in or beside the data directory, and why the data directory cannot say where
    // they are: whoever takes the disk or copies the folder would carry the keys along, which undoes the
    // encryption at rest, and whoever can write the data could re-sign the ledger with a key of their own;
    // a pointer file in the data directory would let them redirect 'verify' to such a key. So the place
    // depends only on the user's own settings, and the data set's id only picks the files within it.
    static Path keyDirectoryFor(Optional<Path> given, Optional<String> environment, Path home) {
        return given.or(() -> environment.filter(e -> !e.isBlank()).map(Path::of))
                .orElseGet(() -> home.resolve(".config").resolve("vigil").resolve("keys"));
    }

    /** The JDBC URL to connect with. */
    public String url() {
        return jdbcUrl.orElseGet(() -> "jdbc:h2:file:" + dataDirectory.get().resolve("vigil")
                // WRITE_DELAY=0: a commit reaches the file before the call returns, so a killed
                // process loses nothing it reported as committed.
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
    }

    /**
     * A short fingerprint of where this copy lives (the directory, or the URL without its options), naming
     * its ledger anchor among the copies of the same data set that share a key directory.
     */
    public String anchorTag() {
        String where = dataDirectory.map(Path::toString).orElseGet(() -> jdbcUrl.get().replaceFirst("[?;].*$", ""));
        return org.vigil.core.hash.Sha256.hex(where).substring(0, 16);
    }

    /** The engine. */
    public Dialect dialect() {
        return Dialect.ofUrl(url());
    }

    /** A description for messages: the directory or the URL without credentials. */
    public String describe() {
        return dataDirectory.map(Path::toString).orElseGet(() -> jdbcUrl.get().replaceAll("password=[^&]*", "password=…"));
    }
}
