package org.vigil.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.ledger.LedgerLog;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vigil account unlock} ends a lock from failed logins at once and says so in the ledger. */
class AccountCommandTest {

    @TempDir
    Path dir;

    private Store open() {
        return Store.open(StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys")));
    }

    private String[] store(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[]{"--data", dir.resolve("data").toString(), "--key-dir",
                dir.resolve("keys").toString()}, 0, all, args.length, 4);
        return all;
    }

    @Test
    void unlockEndsTheLockAndIsLedgered() {
        try (Store s = open()) {
            UserAccounts accounts = new UserAccounts(s);
            accounts.create("amira", "Amira", Role.RESEARCHER, "hash", "test");
            for (int i = 0; i < 5; i++) {
                accounts.recordFailedLogin("amira");
            }
            assertThat(accounts.locked(accounts.find("amira").orElseThrow())).isTrue();
        }
        CommandLineRun run = CommandLineRun.of(store("account", "unlock", "amira"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("account 'amira' is unlocked");
        try (Store s = open()) {
            UserAccounts accounts = new UserAccounts(s);
            assertThat(accounts.locked(accounts.find("amira").orElseThrow())).isFalse();
            assertThat(accounts.find("amira").orElseThrow().failedLogins()).isZero();
            assertThat(new LedgerLog(s).before(Long.MAX_VALUE, 1).get(0).action()).isEqualTo("user.unlock");
        }
    }

    @Test
    void anUnknownAccountIsOneLineNamingIt() {
        try (Store s = open()) {
            new UserAccounts(s).create("amira", "Amira", Role.RESEARCHER, "hash", "test");
        }
        CommandLineRun run = CommandLineRun.of(store("account", "unlock", "amria"));
        assertThat(run.status()).isEqualTo(CommandErrors.BAD_USAGE_OR_INPUT);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("vigil account unlock: ").contains("'amria'");
    }

    @Test
    void helpDescribesTheCommand() {
        CommandLineRun run = CommandLineRun.of("account", "unlock", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("USER").contains("failed logins");
    }
}
