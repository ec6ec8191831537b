package org.vigil.app.cli;

import org.vigil.core.io.BadInputException;
import org.vigil.store.Store;
import org.vigil.store.users.UserAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code vigil account}: administration of web accounts from the machine that holds the data set. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Administer the web application's accounts.",
        subcommands = {AccountCommand.Unlock.class})
public final class AccountCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code vigil account unlock USER}. */
    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "End the lock that failed logins put on an account, at once (recorded in the ledger).")
    static final class Unlock implements Callable<Integer> {
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "USER", description = "The account's user name.")
        String username;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                UserAccounts accounts = new UserAccounts(s);
                if (accounts.find(username).isEmpty()) {
                    throw new BadInputException("USER", "there is no account '" + username
                            + "': check the spelling against the administration page's list of accounts");
                }
                accounts.unlock(username, CommandLineUser.actor());
                spec.commandLine().getOut().println("account '" + username + "' is unlocked");
            }
            return 0;
        }
    }
}
