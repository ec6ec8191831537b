package org.vigil.app.cli;

import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.store.Store;
import org.vigil.store.io.DatasetFiles;
import org.vigil.store.records.SaveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code vigil import FILE}: a whole data set in, atomically. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a JSON or CSV data set. Every record is checked first; on any error nothing is written.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "A data set file (.json or .csv) as written by 'vigil export'.")
    Path file;

    @Option(names = "--actor", description = "Name recorded in the audit ledger (default: cli:<user>).")
    String actor;

    @Option(names = "--all-problems", description = "List every problem found, one per line, not just the first.")
    boolean allProblems;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            SaveResult r = DatasetFiles.importFile(s, file, actor != null ? actor : CommandLineUser.actor());
            spec.commandLine().getOut().printf("imported %s: %d created, %d updated, %d unchanged (ledger at #%d)%n",
                    file, r.created(), r.updated(), r.unchanged(), r.ledgerSeq());
            return 0;
        } catch (InvalidDataException e) {
            var err = spec.commandLine().getErr();
            err.println(CommandErrors.prefix(spec.commandLine()) + "nothing imported: " + e.getMessage());
            if (allProblems) {
                for (Problem p : e.problems()) {
                    err.println("  " + p);
                }
            }
            return CommandErrors.BAD_USAGE_OR_INPUT;
        }
    }
}
