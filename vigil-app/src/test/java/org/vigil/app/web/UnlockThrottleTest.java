package org.vigil.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.ledger.LedgerLog;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing at a data set's passphrase on /unlock is slowed (security round two: guesses were unlimited):
 * after three wrong passphrases each attempt waits twice as long as the last, attempts during the wait are
 * refused untried, and every attempt is in the audit ledger with who made it.
 */
class UnlockThrottleTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    @Test
    void wrongPassphrasesMakeTheNextAttemptWaitLongerAndLonger() throws Exception {
        StoreLocation location = StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys"));
        try (Store store = Store.open(location)) {
            new UserAccounts(store).create("amina", "Amina", Role.ADMIN,
                    Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("a long enough password"), "test");
            store.protectWithPassphrase(PASSPHRASE.toCharArray());
        }
        try (Store store = Store.open(location); WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            WebSession s = new WebSession(server.url());
            s.login("amina", "a long enough password");
            s.get("/unlock");
            for (int i = 0; i < 3; i++) {
                assertThat(s.post("/unlock", Map.of("passphrase", "guess " + i)).statusCode()).isEqualTo(200);
            }
            var refused = s.post("/unlock", Map.of("passphrase", PASSPHRASE));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("try again in 1 second");
            assertThat(store.locked()).as("the right passphrase is not even tried during the wait").isTrue();

            Thread.sleep(1100);
            s.post("/unlock", Map.of("passphrase", "guess 3"));
            assertThat(s.post("/unlock", Map.of("passphrase", PASSPHRASE)).body()).contains("try again in 2 seconds");

            Thread.sleep(2100);
            var unlocked = s.post("/unlock", Map.of("passphrase", PASSPHRASE));
            assertThat(unlocked.statusCode()).isEqualTo(302);
            assertThat(store.locked()).isFalse();

            var actions = new LedgerLog(store).before(Long.MAX_VALUE, 10).stream()
                    .filter(e -> e.action().startsWith("unlock")).map(e -> e.actor() + " " + e.action()).toList();
            assertThat(actions).as("newest first").containsExactly("amina unlock", "amina unlock.fail",
                    "amina unlock.fail", "amina unlock.fail", "amina unlock.fail");
        }
    }
}
