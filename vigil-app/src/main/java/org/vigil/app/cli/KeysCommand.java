package org.vigil.app.cli;

import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.Console;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vigil keys}: the encryption keys of sensitive fields and attachments. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Show, rotate or passphrase-protect the data set's encryption keys.",
        subcommands = {KeysCommand.Status.class, KeysCommand.Rotate.class, KeysCommand.Passphrase.class})
public final class KeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Optional<char[]> passphraseFromEnvironment(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(s -> !s.isEmpty()).map(String::toCharArray);
    }

    /** {@code vigil keys status}. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "How the keys are protected and which data key is active.")
    static final class Status implements Callable<Integer> {
        @Mixin
        StoreOptions store;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                spec.commandLine().getOut().println(s.keyStatus());
            }
            return 0;
        }
    }

    /** {@code vigil keys rotate [--reencrypt]}. */
    @Command(name = "rotate", mixinStandardHelpOptions = true, description = "Add a new data key for new values; with --reencrypt, also rewrite every "
            + "current record that holds sensitive values under it (new versions, recorded in the ledger).")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        StoreOptions store;
        @Option(names = "--reencrypt", description = "Re-encrypt current sensitive values with the new key.")
        boolean reencrypt;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                String id = s.rotateDataKey(passphraseFromEnvironment("VIGIL_PASSPHRASE"));
                spec.commandLine().getOut().println("new data key " + id + " is active");
                if (reencrypt) {
                    int n = s.records().reseal(CommandLineUser.actor());
                    spec.commandLine().getOut().println("re-encrypted " + n + " records under " + id);
                }
            }
            return 0;
        }
    }

    /** {@code vigil keys passphrase}. */
    @Command(name = "passphrase", mixinStandardHelpOptions = true, description = "Protect the keys with a passphrase instead of the key file (which is "
            + "then deleted). The passphrase is read from VIGIL_NEW_PASSPHRASE or asked for on the terminal.")
    static final class Passphrase implements Callable<Integer> {
        @Mixin
        StoreOptions store;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            char[] passphrase = passphraseFromEnvironment("VIGIL_NEW_PASSPHRASE").orElseGet(() -> {
                Console console = System.console();
                if (console == null) {
                    throw new IllegalArgumentException("no terminal to ask for the passphrase: set VIGIL_NEW_PASSPHRASE");
                }
                char[] first = console.readPassword("New passphrase (12 characters or more): ");
                char[] again = console.readPassword("Once more: ");
                if (!java.util.Arrays.equals(first, again)) {
                    throw new IllegalArgumentException("the two passphrases differ: nothing changed");
                }
                return first;
            });
            try (Store s = store.open()) {
                s.protectWithPassphrase(passphrase);
                spec.commandLine().getOut().println("the keys are now protected by the passphrase; set VIGIL_PASSPHRASE "
                        + "or unlock in the web application after each start");
            }
            return 0;
        }
    }
}
