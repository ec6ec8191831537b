package org.vigil.app.cli;

import org.vigil.store.Store;
import org.vigil.store.io.DatasetFiles;
import org.vigil.store.io.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code vigil export --format json|csv}: the whole current data set out. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every current record as canonical JSON or as a field-per-row CSV.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatasetFormat f = DatasetFormat.of(format);
        try (Store s = store.open()) {
            Output.write(DatasetFiles.export(s, f), output, spec.commandLine().getOut());
        }
        return 0;
    }
}
