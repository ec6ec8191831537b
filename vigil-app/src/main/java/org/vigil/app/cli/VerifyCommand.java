package org.vigil.app.cli;

import org.vigil.store.Store;
import org.vigil.store.ledger.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code vigil verify}: checks the ledger chain and every record against it. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the audit ledger and every stored record version against it. Exit status 1 names the "
                + "first broken entry.")
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--all", description = "List every problem, not only the first.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            VerificationReport report = s.verifier().verify();
            var out = spec.commandLine().getOut();
            out.println(report.summary());
            if (all) {
                report.breaks().forEach(b -> out.println("  " + b));
            }
            if (!report.ok()) {
                spec.commandLine().getErr().println(CommandErrors.prefix(spec.commandLine()) + "verification failed: " + report.firstBreak().orElseThrow());
                return 1;
            }
            return 0;
        }
    }
}
