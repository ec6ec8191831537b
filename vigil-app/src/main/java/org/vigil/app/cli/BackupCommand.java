package org.vigil.app.cli;

import org.vigil.store.Store;
import org.vigil.store.backup.BackupArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code vigil backup FILE}: a complete, portable archive of the data set and its ledger. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a complete archive (every record version and the whole ledger). The ledger key is not "
                + "included: keep a copy of the key directory somewhere safe and separate.")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "The archive to write (a .zip).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".vigil-backup", ".tmp");
        try (Store s = store.open(); OutputStream out = Files.newOutputStream(tmp)) {
            BackupArchive.Summary summary = BackupArchive.write(s, out);
            out.close();
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().printf("backed up data set %s to %s: %d record versions, %d ledger entries, "
                    + "%d accounts%n", summary.datasetId(), file, summary.recordVersions(), summary.ledgerEntries(),
                    summary.accounts());
            return 0;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
