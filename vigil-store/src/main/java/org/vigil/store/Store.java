package org.vigil.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.vigil.core.model.Record;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.store.crypto.CryptoException;
import org.vigil.store.crypto.DataKeys;
import org.vigil.store.crypto.FieldCipher;
import org.vigil.store.db.Dialect;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.ledger.LedgerVerifier;
import org.vigil.store.ledger.RowSeals;
import org.vigil.store.ledger.StoreContext;
import org.vigil.store.records.RecordChanges;
import org.vigil.store.records.RecordRepository;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An open data set, the store's entry point: its identity, records, verifier and keys; accounts, attachments,
 * documents and the ledger log are built from it. It hands out no connection, cipher or ledger key: its
 * repositories work over its {@link StoreContext}. Thread-safe; close it to release the database.
 */
public final class Store implements AutoCloseable {

    // Flyway logs every migration step through java.util.logging; a CLI user needs none of it.
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private final StoreLocation location;
    private final HikariDataSource dataSource;
    private final String datasetId;
    private final Vocabularies vocabularies;
    private final StoreContext context;
    private volatile FieldCipher cipher;
    private final List<Consumer<RecordChanges>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> unlockListeners = new CopyOnWriteArrayList<>();

    /** How a data set is opened. */
    private enum Opening {
        /** For use: a new data set gets an identity, keys and an anchor; older ones are brought up to date. */
        USE,
        /** As the empty target of a restore: no identity, since the backup brings its own. */
        RESTORE_TARGET,
        /** A copy just restored, to verify it: nothing is adopted, sealed or anchored. */
        RESTORED
    }

    private Store(StoreLocation location, HikariDataSource dataSource, String datasetId, Vocabularies vocabularies) {
        this.location = location;
        this.dataSource = dataSource;
        this.datasetId = datasetId;
        this.vocabularies = vocabularies;
        this.context = new StoreContext(dataSource, datasetId, location.keyDirectory(), location.anchorTag(),
                this::cipher);
    }

    /**
     * Opens (creating if needed) a data set: migrates the schema, gives a new data set an id and a
     * ledger key. Vocabulary extensions are read from {@code DIR/vocab} for an embedded store.
     */
    public static Store open(StoreLocation location) {
        return open(location, Opening.USE);
    }

    /**
     * Opens a store for a restore: migrates the schema but gives a new data set no identity, since the
     * backup brings its own.
     */
    public static Store openForRestore(StoreLocation location) {
        return open(location, Opening.RESTORE_TARGET);
    }

    /**
     * Opens a copy just restored, to verify it before it is put in place: it takes over no anchor and seals
     * nothing, so a copy that fails verification has touched nothing outside itself.
     */
    public static Store openRestored(StoreLocation location) {
        return open(location, Opening.RESTORED);
    }

    private static Store open(StoreLocation location, Opening opening) {
        location.dataDirectory().ifPresent(Store::prepareDirectory);
        location.dataDirectory().ifPresent(Store::refuseWhenInUse);
        boolean initialise = opening == Opening.USE;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.url());
        config.setUsername(location.dialect() == Dialect.H2 && location.user().isEmpty() ? "sa" : location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(location.dialect() == Dialect.H2 ? 8 : 16);
        config.setPoolName("vigil");
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(-1);
        HikariDataSource ds = new HikariDataSource(config);
        try {
            try (Connection c = ds.getConnection()) {
                c.isValid(5);
            }
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
            List<String> pending = pendingVersions(flyway);
            boolean existing = initialise && !pending.isEmpty() && !pending.contains("1")
                    && meta(ds, "dataset_id").isPresent();
            boolean sealExisting = existing && pending.contains("6");
            Optional<Map<String, List<List<String>>>> sealedBefore = Optional.empty();
            if (existing) {
                // The ledger key seals the rows right after the migration: make sure it is at hand first, or
                // the migration would leave rows unsealed for good.
                RowSeals seals = new RowSeals(new StoreContext(ds, meta(ds, "dataset_id").orElseThrow(),
                        location.keyDirectory(), location.anchorTag(), () -> null));
                if (!sealExisting) {
                    // A later migration may add a column to a sealed table, which would break every seal: note
                    // which rows are sound now, and seal exactly those again afterwards.
                    try (Connection c = ds.getConnection()) {
                        sealedBefore = Optional.of(seals.validRows(c));
                    }
                }
            }
            flyway.migrate();
            boolean[] created = new boolean[1];
            String id = initialise ? datasetId(ds, created) : meta(ds, "dataset_id").orElse("");
            Vocabularies vocab = location.dataDirectory().map(d -> Vocabularies.builtIn().extendedFrom(d.resolve("vocab")))
                    .orElse(Vocabularies.builtIn());
            Store store = new Store(location, ds, id, vocab);
            if (created[0]) {
                store.context.createLedgerKey();
                try (Connection c = ds.getConnection()) {
                    store.cipher = DataKeys.initialiseWithKeyFile(c, id, location.keyDirectory());
                }
            }
            if (initialise) {
                store.context.settleAnchor();
            }
            if (sealExisting) {
                store.sealExistingAccounts();
            }
            sealedBefore.ifPresent(rows -> store.resealAfterMigration(rows, pending));
            return store;
        } catch (SQLException | FlywayException e) {
            ds.close();
            throw new StoreException(explain(location, e), e);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** The versions of the migrations this open will apply. */
    private static List<String> pendingVersions(Flyway flyway) {
        return java.util.Arrays.stream(flyway.info().pending())
                .map(m -> m.getVersion() == null ? "" : m.getVersion().getVersion()).toList();
    }

    // Seals the rows that were sound before a migration again, once it has run; rows already failing their seal
    // stay failing, so a migration never launders a tampered row. Ledgered only when a seal actually changed.
    void resealAfterMigration(Map<String, List<List<String>>> sound, List<String> versions) {
        context.write("the accounts were not sealed again after the schema change", (c, ledger) -> {
            RowSeals seals = new RowSeals(context);
            String before = seals.digests(c);
            for (Map.Entry<String, List<List<String>>> table : sound.entrySet()) {
                for (List<String> key : table.getValue()) {
                    seals.seal(c, table.getKey(), key);
                }
            }
            String after = seals.digests(c);
            if (!after.equals(before)) {
                ledger.append("vigil", "accounts.reseal", Optional.empty(), 0, "", "sealed again the rows that "
                        + "were sound before schema " + String.join(", ", versions) + after);
            }
            return null;
        });
    }

    // Accounts, assignments and tokens that existed before rows were sealed are sealed once, when the schema
    // gains the seals, and the ledger says so and records their digests; from then on only Vigil seals rows.
    private void sealExistingAccounts() {
        context.write("the existing accounts were not sealed", (c, ledger) -> {
            var seals = new RowSeals(context);
            int rows = seals.sealAll(c);
            if (rows > 0) {
                ledger.append("vigil", "accounts.seal", Optional.empty(), 0, "", "sealed " + rows
                        + " existing rows of accounts, assignments and API tokens (schema V6)" + seals.digests(c));
            }
            return null;
        });
    }

    /**
     * An embedded data set is held by one process at a time; without this check a second one would wait for
     * the connection pool's timeout (30 s) and then fail with a pool error.
     */
    private static void refuseWhenInUse(Path dir) {
        StoreLocation probe = StoreLocation.embedded(dir, dir);
        if (!Files.exists(dir.resolve("vigil.mv.db"))) {
            return;
        }
        try (Connection c = java.sql.DriverManager.getConnection(probe.url(), "sa", "")) {
            c.isValid(1);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("already in use") || m.contains("locked by another process")) {
                throw new StoreException(inUse(dir), e);
            }
        }
    }

    /** The one-line message for a data directory another process holds, naming the server when it said who it is. */
    private static String inUse(Path dir) {
        String who = "another Vigil process, such as 'vigil serve' or 'vigil demo'";
        try {
            Path serving = dir.resolve(SERVING_FILE);
            if (Files.exists(serving)) {
                who = Files.readString(serving).strip();
            }
        } catch (IOException e) {
            // The plain description will do.
        }
        return "data set " + dir + " is in use by a running server (" + who + "); stop it or use its web interface";
    }

    /**
     * The file a serving process writes into the data directory to say who it is (process id and address),
     * so a command refused because the data set is in use can name it.
     */
    public static final String SERVING_FILE = "serving.txt";

    private static void prepareDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            // H2 and Lucene create their files with the process's umask, often readable by every local account;
            // a data directory only its owner may enter keeps them all out.
            if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String explain(StoreLocation location, Exception e) {
        String m = String.valueOf(e.getMessage());
        if (location.dataDirectory().isPresent()
                && (m.contains("already in use") || m.contains("locked by another process"))) {
            return inUse(location.dataDirectory().get());
        }
        return "cannot open the data set at " + location.describe() + ": " + m.lines().findFirst().orElse(m);
    }

    private static String datasetId(DataSource ds, boolean[] created) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Optional<String> id = meta(c, "dataset_id");
            if (id.isPresent()) {
                return id.get();
            }
            String fresh = UUID.randomUUID().toString();
            try (PreparedStatement s = c.prepareStatement(
                    "insert into dataset_meta (meta_key, meta_value) values (?, ?), (?, ?)")) {
                s.setString(1, "dataset_id");
                s.setString(2, fresh);
                s.setString(3, "created_at");
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
            }
            created[0] = true;
            return fresh;
        }
    }

    private static Optional<String> meta(DataSource ds, String key) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return meta(c, key);
        }
    }

    static Optional<String> meta(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select meta_value from dataset_meta where meta_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** The data set's permanent identifier, which names its key files. */
    public String datasetId() {
        return datasetId;
    }

    /** Where the data set lives. */
    public StoreLocation location() {
        return location;
    }

    /** The engine. */
    public Dialect dialect() {
        return location.dialect();
    }

    /** The vocabularies records are checked against (built-in plus the data directory's extensions). */
    public Vocabularies vocabularies() {
        return vocabularies;
    }

    /**
     * The cipher for sensitive fields, unlocked on first use: with the key file in the key directory, or
     * with the passphrase in {@code VIGIL_PASSPHRASE}, or after {@link #unlock}. The error says which is
     * missing. Package-private: the repositories reach it through the context, tests from this package.
     */
    FieldCipher cipher() {
        FieldCipher c = cipher;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (cipher == null) {
                cipher = openCipher(Optional.ofNullable(System.getenv("VIGIL_PASSPHRASE")).map(String::toCharArray));
            }
            return cipher;
        }
    }

    /** Unlocks a passphrase-protected data set (the web application's unlock page calls this). */
    public void unlock(char[] passphrase) {
        synchronized (this) {
            cipher = openCipher(Optional.of(passphrase));
        }
        unlockListeners.forEach(Runnable::run);
    }

    /** Registers work that needs the sensitive fields and waits for an unlock (run after each unlock). */
    public void onUnlock(Runnable listener) {
        unlockListeners.add(listener);
    }

    /** True while the sensitive fields cannot be read: a passphrase is needed and has not been given. */
    public boolean locked() {
        if (cipher != null) {
            return false;
        }
        try {
            cipher();
            return false;
        } catch (StoreException | CryptoException e) {
            return true;
        }
    }

    private FieldCipher openCipher(Optional<char[]> passphrase) {
        try (Connection c = connection()) {
            Optional<DataKeys.Mode> mode = DataKeys.mode(c);
            if (mode.isEmpty()) {
                // A data set from before field encryption: give it keys now.
                return DataKeys.initialiseWithKeyFile(c, datasetId, location.keyDirectory());
            }
            if (mode.get() == DataKeys.Mode.KEY_FILE) {
                return DataKeys.unlockWithKeyFile(c, datasetId, location.keyDirectory());
            }
            char[] secret = passphrase.orElseThrow(() -> new StoreException("the data set is locked: its keys are "
                    + "protected by a passphrase; set VIGIL_PASSPHRASE or unlock it in the web application"));
            return DataKeys.unlockWithPassphrase(c, datasetId, secret);
        } catch (SQLException e) {
            throw new StoreException("cannot read the data set's keys: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a new data key and makes it the one new values are encrypted with; older keys stay so older
     * versions remain readable. A passphrase-protected data set needs its passphrase.
     *
     * @return the new key's id
     */
    public synchronized String rotateDataKey(Optional<char[]> passphrase) {
        cipher();
        try (Connection c = connection()) {
            byte[] kek = DataKeys.mode(c).orElseThrow() == DataKeys.Mode.KEY_FILE
                    ? DataKeys.keyFileKek(location.keyDirectory(), datasetId)
                    : DataKeys.passphraseKek(c, passphrase.orElseThrow(() -> new StoreException(
                    "rotating the keys of a passphrase-protected data set needs the passphrase (VIGIL_PASSPHRASE)")));
            cipher = DataKeys.rotate(c, datasetId, kek);
            java.util.Arrays.fill(kek, (byte) 0);
            return cipher.activeKeyId();
        } catch (SQLException e) {
            throw new StoreException("the key rotation failed: " + e.getMessage(), e);
        }
    }

    /** Switches the key protection from the key file to a passphrase (and deletes the key file). */
    public synchronized void protectWithPassphrase(char[] passphrase) {
        FieldCipher current = cipher();
        try (Connection c = connection()) {
            DataKeys.protectWithPassphrase(c, datasetId, location.keyDirectory(), current, passphrase);
        } catch (SQLException e) {
            throw new StoreException("cannot set the passphrase: " + e.getMessage(), e);
        }
    }

    /** How the keys are protected and which data key is active. */
    public String keyStatus() {
        try (Connection c = connection()) {
            return "protection: " + DataKeys.mode(c).map(m -> m == DataKeys.Mode.KEY_FILE
                    ? "key file " + DataKeys.keyFile(location.keyDirectory(), datasetId) : "passphrase (Argon2id)")
                    .orElse("none yet") + "; active data key: " + cipher().activeKeyId();
        } catch (SQLException e) {
            throw new StoreException("cannot read the key status: " + e.getMessage(), e);
        }
    }

    /** The record with its encrypted sensitive values opened (records without any come back as they are). */
    public Record reveal(Record stored) {
        return context.reveal(stored);
    }

    /** Registers a listener told of every committed change to records (after the commit). */
    public void onChange(Consumer<RecordChanges> listener) {
        listeners.add(listener);
    }

    private void changed(RecordChanges changes) {
        if (changes.saved().isEmpty() && changes.deleted().isEmpty()) {
            return;
        }
        for (Consumer<RecordChanges> l : listeners) {
            l.accept(changes);
        }
    }

    /** Records: save, delete, read, history, import and export. */
    public RecordRepository records() {
        return new RecordRepository(context, vocabularies, this::changed);
    }

    /** Checks the ledger and every record against it. */
    public LedgerVerifier verifier() {
        return new LedgerVerifier(context, List.of(RecordRepository::referenceIndexProblems));
    }

    /**
     * What the store's own repositories work over (UserAccounts, AttachmentStore … are built from a Store
     * and take this). Not for applications: they use those repositories, which hand out no connection.
     */
    public StoreContext context() {
        return context;
    }

    /** Opens a connection (the caller closes it); for tests in this package. */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
