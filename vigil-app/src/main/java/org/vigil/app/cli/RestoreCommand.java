package org.vigil.app.cli;

import org.vigil.core.io.BadInputException;
import org.vigil.store.Store;
import org.vigil.store.backup.BackupArchive;
import org.vigil.store.ledger.VerificationReport;
import org.vigil.store.users.UserAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code vigil restore FILE}: the archived data set into an empty store, verified. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into an empty data directory or database, then verify it against the ledger "
                + "(the data set's ledger key must be in the key directory).")
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "An archive written by 'vigil backup'.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.toString(), "no such file: give an archive written by 'vigil backup'");
        }
        try (InputStream in = Files.newInputStream(file)) {
            VerificationReport report = BackupArchive.restore(in, store.location());
            if (!report.ok()) {
                spec.commandLine().getErr().println(CommandErrors.prefix(spec.commandLine()) + "the backup does not "
                        + "verify, so nothing was restored: " + report.firstBreak().orElseThrow());
                return 1;
            }
            int accounts;
            boolean neverHadAccounts;
            try (Store restored = store.open()) {
                UserAccounts users = new UserAccounts(restored);
                accounts = users.all().size();
                neverHadAccounts = users.none();
            }
            spec.commandLine().getOut().println("restored " + file + " into " + store.location().describe() + " with "
                    + accounts + " accounts; " + report.summary());
            if (accounts == 0 && !neverHadAccounts) {
                spec.commandLine().getOut().println("note: the backup holds no accounts (it was written before "
                        + "backups included them); the first-run page stays closed, so no visitor can make "
                        + "themself administrator");
            }
            return 0;
        }
    }
}
