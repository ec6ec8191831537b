package org.vigil.store.ledger;

import org.vigil.core.io.AtomicFile;
import org.vigil.store.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The last ledger position this machine saw committed, kept beside the key outside the database.
 * Without it, deleting the newest entries together with their records would leave a shorter chain
 * that still verifies; with it, {@code verify} notices the ledger went backwards.
 *
 * <p>One anchor per copy: a backup restored elsewhere has the same data set id and ledger key, so the file
 * is named by the data set id and the copy's location ({@code <id>.<location-tag>.ledger.head}). A restore
 * into a scratch directory therefore writes its own anchor and never rewinds production's.
 */
public final class LedgerAnchor {

    private final Path file;
    private final Path legacyFile;
    private final LedgerKey key;

    /** The anchor of one copy of a data set, at a location named by its tag. */
    LedgerAnchor(Path keyDirectory, String datasetId, String locationTag, LedgerKey key) {
        this.file = keyDirectory.resolve(datasetId + "." + locationTag + ".ledger.head");
        // Before anchors were per copy, every copy of a data set shared this one.
        this.legacyFile = keyDirectory.resolve(datasetId + ".ledger.head");
        this.key = key;
    }

    /** A committed position: the entry's number and hash. */
    public record Position(long seq, String entryHash) {
    }

    /**
     * Records a newer committed position; an older one never replaces a newer (several writers may race). A
     * missing anchor is not recreated here: that would quietly accept whatever the ledger now holds, so it
     * stays missing and {@code verify} keeps saying so.
     */
    public synchronized void advance(long seq, String entryHash) {
        if (!Files.exists(file)) {
            return;
        }
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

    /** Sets the position whatever was there (a restore anchors its own, new copy). */
    public synchronized void replace(Position position) {
        String line = position.seq() + " " + position.entryHash();
        try {
            AtomicFile.writeString(file, line + " " + key.mac(line) + "\n");
        } catch (IOException e) {
            throw new StoreException("cannot write the ledger anchor " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when this copy has an anchor. */
    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * The anchor all copies shared before anchors were per copy, if there is one: this copy may take it over
     * when it holds that position ({@link #adoptShared}).
     */
    Optional<Position> shared() {
        return Files.exists(legacyFile) ? new LedgerAnchor(legacyFile, legacyFile, key).read() : Optional.empty();
    }

    private LedgerAnchor(Path file, Path legacyFile, LedgerKey key) {
        this.file = file;
        this.legacyFile = legacyFile;
        this.key = key;
    }

    /** Takes over the shared anchor of older versions (moves the file); call when this copy has none. */
    synchronized void adoptShared() {
        try {
            Files.copy(legacyFile, file);
            Files.delete(legacyFile);
        } catch (IOException e) {
            throw new StoreException("cannot move the ledger anchor " + legacyFile + " to " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** The anchors of the data set's other copies in the same key directory (to say where a moved copy's is). */
    public java.util.List<Path> others() {
        String prefix = legacyFile.getFileName().toString().replace(".ledger.head", ".");
        try (var files = Files.list(file.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".ledger.head") && !f.equals(file)).sorted().toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /** Where the anchor is kept (for messages). */
    public Path file() {
        return file;
    }
}
