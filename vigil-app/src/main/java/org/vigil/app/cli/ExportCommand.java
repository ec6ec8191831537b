package org.vigil.app.cli;

import org.vigil.store.Store;
import org.vigil.store.io.DatasetFiles;
import org.vigil.store.io.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code vigil export --format json|csv}: the whole current data set out. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every current record as canonical JSON or as a field-per-row CSV.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatasetFormat f;
        try {
            f = DatasetFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store s = store.open()) {
            output.write(DatasetFiles.export(s, f), spec.commandLine().getOut());
        }
        return 0;
    }
}
