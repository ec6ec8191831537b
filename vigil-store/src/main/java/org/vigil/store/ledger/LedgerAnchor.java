package org.vigil.store.ledger;

import org.vigil.core.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The last ledger position this machine saw committed, kept beside the key outside the database.
 * Without it, deleting the newest entries together with their records would leave a shorter chain
 * that still verifies; with it, {@code verify} notices the ledger went backwards.
 */
public final class LedgerAnchor {

    private final Path file;
    private final LedgerKey key;

    /** The anchor of a data set. */
    LedgerAnchor(Path keyDirectory, String datasetId, LedgerKey key) {
        this.file = keyDirectory.resolve(datasetId + ".ledger.head");
        this.key = key;
    }

    /** A committed position: the entry's number and hash. */
    public record Position(long seq, String entryHash) {
    }

    /** Records a newer committed position; an older one never replaces a newer (several writers may race). */
    public synchronized void advance(long seq, String entryHash) {
        Optional<Position> current = read();
        if (current.isPresent() && current.get().seq() >= seq) {
            return;
        }
        String line = seq + " " + entryHash;
        try {
            AtomicFile.writeString(file, line + " " + key.mac(line) + "\n");
        } catch (IOException e) {
            // The database commit stands; only truncation detection beyond this point is weakened.
            System.err.println("warning: could not update the ledger anchor " + file + ": " + e.getMessage());
        }
    }

    /** The recorded position, if any and if its MAC is valid; a forged file reads as absent-with-error. */
    Optional<Position> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            String line = parts[0] + " " + parts[1];
            if (parts.length != 3 || !key.mac(line).equals(parts[2])) {
                throw new IllegalStateException("the ledger anchor " + file + " fails its MAC check: it was edited");
            }
            return Optional.of(new Position(Long.parseLong(parts[0]), parts[1]));
        } catch (IOException | ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalStateException("the ledger anchor " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Removes the anchor (when a data set is restored from a backup, its old anchor no longer applies). */
    public void reset() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove the ledger anchor " + file + ": " + e.getMessage(), e);
        }
    }
}
