package org.vigil.store.crypto;

import org.vigil.core.io.AtomicFile;
import org.vigil.store.StoreException;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data set's encryption keys. Data keys (AES-256, one active, older ones kept to read old versions)
 * are stored in the database only wrapped — encrypted with AES-256-GCM under a key-encryption key that
 * is never stored beside the data: either a random key in a key file in the key directory, or a key
 * derived with Argon2id from a passphrase that only people know.
 */
public final class DataKeys {

    /** How the key-encryption key is held. */
    public enum Mode {
        /** A random 256-bit key in {@code <key-dir>/<dataset-id>.data.key}. */
        KEY_FILE,
        /** Argon2id of a passphrase; nothing secret on disk. */
        PASSPHRASE
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private DataKeys() {
    }

    /** The key file of a data set in a key directory. */
    public static Path keyFile(Path keyDirectory, String datasetId) {
        return keyDirectory.resolve(datasetId + ".data.key");
    }

    /** The mode a data set uses, or empty when it has no data keys yet. */
    public static Optional<Mode> mode(Connection c) throws SQLException {
        return meta(c, "kek.mode").map(Mode::valueOf);
    }

    /** Creates the first data key, protected by a new key file. */
    public static FieldCipher initialiseWithKeyFile(Connection c, String datasetId, Path keyDirectory)
            throws SQLException {
        byte[] kek = random32();
        writeKeyFile(keyFile(keyDirectory, datasetId), kek);
        putMeta(c, "kek.mode", Mode.KEY_FILE.name());
        return addDataKey(c, datasetId, kek);
    }

    /** Opens the data keys with the key file. */
    public static FieldCipher unlockWithKeyFile(Connection c, String datasetId, Path keyDirectory) throws SQLException {
        Path file = keyFile(keyDirectory, datasetId);
        if (!Files.exists(file)) {
            throw new StoreException("the data key file of data set " + datasetId + " is not at " + file
                    + ": copy it from the machine that created the data set, or point --key-dir (or VIGIL_KEY_DIR) "
                    + "at the directory that holds it");
        }
        try {
            byte[] kek = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            return open(c, datasetId, kek);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read the data key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens the data keys with a passphrase. */
    public static FieldCipher unlockWithPassphrase(Connection c, String datasetId, char[] passphrase)
            throws SQLException {
        byte[] salt = Base64.getDecoder().decode(meta(c, "kek.salt").orElseThrow(
                () -> new StoreException("the data set has no passphrase salt: it does not use a passphrase")));
        Argon2Kdf kdf = Argon2Kdf.parse(meta(c, "kek.argon2").orElse(Argon2Kdf.DEFAULT.toString()));
        byte[] kek = kdf.derive(passphrase, salt);
        try {
            return open(c, datasetId, kek);
        } catch (CryptoException e) {
            throw new CryptoException("the passphrase does not open this data set's keys");
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /**
     * Switches to passphrase protection: re-wraps every data key under a key derived from the passphrase,
     * and deletes the key file. Call with the keys already unlocked.
     */
    public static void protectWithPassphrase(Connection c, String datasetId, Path keyDirectory, FieldCipher unlocked,
                                             char[] passphrase) throws SQLException {
        Map<String, SecretKey> keys = unlocked.keys();
        if (passphrase.length < 12) {
            throw new CryptoException("the passphrase is too short: use at least 12 characters, better a few words");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] kek = Argon2Kdf.DEFAULT.derive(passphrase, salt);
        rewrap(c, datasetId, keys, kek);
        putMeta(c, "kek.salt", Base64.getEncoder().encodeToString(salt));
        putMeta(c, "kek.argon2", Argon2Kdf.DEFAULT.toString());
        putMeta(c, "kek.mode", Mode.PASSPHRASE.name());
        Arrays.fill(kek, (byte) 0);
        try {
            Files.deleteIfExists(keyFile(keyDirectory, datasetId));
        } catch (IOException e) {
            throw new StoreException("the keys are now protected by the passphrase, but the old key file "
                    + keyFile(keyDirectory, datasetId) + " could not be deleted: delete it by hand", e);
        }
    }

    /**
     * What is wrong with the wrapped data keys, for {@code verify}: every wrapped key must be whole, and with
     * the key file at hand every one must open with it. A destroyed
     * wrapped key makes every value encrypted with it unreadable, so it is never "OK".
     */
    public static java.util.List<String> problems(Connection c, String datasetId, Path keyDirectory)
            throws SQLException {
        java.util.List<String> problems = new java.util.ArrayList<>();
        Optional<Mode> mode;
        try {
            mode = mode(c);
        } catch (IllegalArgumentException e) {
            return java.util.List.of("the key protection mode in dataset_meta is not one Vigil writes: it was edited");
        }
        if (mode.isEmpty()) {
            return problems;
        }
        Optional<String> active = meta(c, "dek.active");
        if (active.isEmpty() || meta(c, "dek.key." + active.get()).isEmpty()) {
            problems.add("the active data key (" + active.orElse("none named") + ") is missing from dataset_meta: "
                    + "values encrypted with it can no longer be read");
        }
        try (PreparedStatement s = c.prepareStatement(
                "select meta_key, meta_value from dataset_meta where meta_key like 'dek.key.%' order by meta_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    // 12-byte nonce, 32-byte key, 16-byte tag.
                    if (Base64.getDecoder().decode(rs.getString(2)).length != 60) {
                        problems.add("the wrapped data key " + rs.getString(1) + " is damaged (wrong length)");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add("the wrapped data key " + rs.getString(1) + " is damaged (not base64)");
                }
            }
        }
        // Without the key file at hand (a verifier may hold only the ledger key) the keys can be checked only whole.
        if (problems.isEmpty() && mode.get() == Mode.KEY_FILE && Files.exists(keyFile(keyDirectory, datasetId))) {
            try {
                unlockWithKeyFile(c, datasetId, keyDirectory);
            } catch (CryptoException | StoreException e) {
                problems.add("the data keys do not open with the key file " + keyFile(keyDirectory, datasetId)
                        + ": a wrapped key was replaced or the key file changed (" + e.getMessage() + ")");
            }
        }
        return problems;
    }

    /** Adds a new data key and makes it the active one (old keys stay, to read old versions). */
    public static FieldCipher rotate(Connection c, String datasetId, byte[] kek) throws SQLException {
        return addDataKey(c, datasetId, kek);
    }

    /** The key-encryption key for a key-file data set (to rotate with). */
    public static byte[] keyFileKek(Path keyDirectory, String datasetId) {
        try {
            return Base64.getDecoder().decode(Files.readString(keyFile(keyDirectory, datasetId),
                    StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new StoreException("cannot read the data key file: " + e.getMessage(), e);
        }
    }

    /** The key-encryption key derived from a passphrase (to rotate with). */
    public static byte[] passphraseKek(Connection c, char[] passphrase) throws SQLException {
        byte[] salt = Base64.getDecoder().decode(meta(c, "kek.salt").orElseThrow());
        return Argon2Kdf.parse(meta(c, "kek.argon2").orElseThrow()).derive(passphrase, salt);
    }

    /** Every data key, unwrapped. */
    static Map<String, SecretKey> unwrapAll(Connection c, String datasetId, byte[] kek) throws SQLException {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        SecretKey wrapping = new SecretKeySpec(kek, "AES");
        try (PreparedStatement s = c.prepareStatement(
                "select meta_key, meta_value from dataset_meta where meta_key like 'dek.key.%' order by meta_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1).substring("dek.key.".length());
                byte[] raw = Aead.open(wrapping, Base64.getDecoder().decode(rs.getString(2)), wrapAad(datasetId, id));
                keys.put(id, new SecretKeySpec(raw, "AES"));
            }
        }
        return keys;
    }

    private static FieldCipher open(Connection c, String datasetId, byte[] kek) throws SQLException {
        Map<String, SecretKey> keys = unwrapAll(c, datasetId, kek);
        String active = meta(c, "dek.active").orElseThrow(() -> new StoreException("the data set has no active data key"));
        return new FieldCipher(keys, active);
    }

    private static FieldCipher addDataKey(Connection c, String datasetId, byte[] kek) throws SQLException {
        Map<String, SecretKey> keys = unwrapAll(c, datasetId, kek);
        String id = String.format("k%03d", keys.size() + 1);
        byte[] dek = random32();
        byte[] wrapped = Aead.seal(new SecretKeySpec(kek, "AES"), dek, wrapAad(datasetId, id));
        putMeta(c, "dek.key." + id, Base64.getEncoder().encodeToString(wrapped));
        putMeta(c, "dek.active", id);
        keys.put(id, new SecretKeySpec(dek, "AES"));
        return new FieldCipher(keys, id);
    }

    private static void rewrap(Connection c, String datasetId, Map<String, SecretKey> keys, byte[] kek)
            throws SQLException {
        for (Map.Entry<String, SecretKey> e : keys.entrySet()) {
            byte[] wrapped = Aead.seal(new SecretKeySpec(kek, "AES"), e.getValue().getEncoded(),
                    wrapAad(datasetId, e.getKey()));
            putMeta(c, "dek.key." + e.getKey(), Base64.getEncoder().encodeToString(wrapped));
        }
    }

    private static String wrapAad(String datasetId, String keyId) {
        return "vigil-dek:" + datasetId + ":" + keyId;
    }

    private static byte[] random32() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    private static void writeKeyFile(Path file, byte[] key) {
        try {
            AtomicFile.writeSecret(file, (Base64.getEncoder().encodeToString(key) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new StoreException("cannot write the data key file " + file + ": " + e.getMessage(), e);
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

    static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update dataset_meta set meta_value = ? where meta_key = ?")) {
            u.setString(1, value);
            u.setString(2, key);
            if (u.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("insert into dataset_meta (meta_key, meta_value) values (?, ?)")) {
            i.setString(1, key);
            i.setString(2, value);
            i.executeUpdate();
        }
    }
}
