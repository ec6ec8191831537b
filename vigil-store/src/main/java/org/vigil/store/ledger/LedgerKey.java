package org.vigil.store.ledger;

import org.vigil.core.io.AtomicFile;
import org.vigil.store.StoreException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that authenticates ledger entries (HMAC-SHA256). It lives in a key file outside the
 * database and the data directory, so someone who can edit the database cannot forge entries.
 */
final class LedgerKey {

    private final byte[] key;
    private final Path file;
    // Mac instances are not thread-safe and costly to create; one per thread is reused.
    private final ThreadLocal<Mac> macs;

    private LedgerKey(byte[] key, Path file) {
        this.key = key.clone();
        this.file = file;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The key file of a data set in a key directory. */
    static Path fileFor(Path keyDirectory, String datasetId) {
        return keyDirectory.resolve(datasetId + ".ledger.key");
    }

    /** Creates a fresh random key file (owner-only permissions); refuses to overwrite one. */
    static LedgerKey create(Path keyDirectory, String datasetId) {
        Path file = fileFor(keyDirectory, datasetId);
        if (Files.exists(file)) {
            return load(keyDirectory, datasetId);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            AtomicFile.writeSecret(file, (Base64.getEncoder().encodeToString(key) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new StoreException("cannot write the ledger key file " + file + ": " + e.getMessage()
                    + "; choose a writable key directory with --key-dir or VIGIL_KEY_DIR", e);
        }
        return new LedgerKey(key, file);
    }

    /** Loads the key of a data set; the error says where it was expected and how to supply it. */
    static LedgerKey load(Path keyDirectory, String datasetId) {
        Path file = fileFor(keyDirectory, datasetId);
        if (!Files.exists(file)) {
            throw new StoreException("the ledger key of data set " + datasetId + " is not at " + file
                    + ": copy it from the machine that created the data set, or point --key-dir (or VIGIL_KEY_DIR) "
                    + "at the directory that holds it");
        }
        try {
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new StoreException("the ledger key file " + file + " holds " + key.length
                        + " bytes; a key has 32: the file is damaged");
            }
            return new LedgerKey(key, file);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read the ledger key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The HMAC-SHA256 of a text, as lower-case hex. */
    String mac(String text) {
        return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A separate key for another use (e.g. sealing account rows), derived as HMAC(key, purpose): the same
     * key file serves, and a MAC made for one use can never pass for the other.
     */
    LedgerKey derive(String purpose) {
        return new LedgerKey(macs.get().doFinal(purpose.getBytes(StandardCharsets.UTF_8)), file);
    }

    /** Where the key is kept. */
    Path file() {
        return file;
    }
}
