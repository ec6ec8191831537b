package org.vigil.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty data set leads to setting up the first administrator; a passphrase-protected one asks to be unlocked. */
class FirstRunTest {

    @TempDir
    Path dir;

    @Test
    void theFirstVisitSetsUpTheAdministratorOnce() {
        StoreLocation location = StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys"));
        try (Store store = Store.open(location); WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            WebSession s = new WebSession(server.url());
            var home = s.get("/");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/setup");
            s.get("/setup");
            var weak = s.post("/setup", Map.of("username", "amina", "displayName", "Amina", "password", "short"));
            assertThat(weak.body()).contains("too short");
            var created = s.post("/setup", Map.of("username", "amina", "displayName", "Amina",
                    "password", "a long enough password"));
            assertThat(created.headers().firstValue("Location").orElse("")).contains("/login?created");
            assertThat(new UserAccounts(store).find("amina").orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(new WebSession(server.url()).get("/setup").statusCode()).as("setup is gone").isEqualTo(404);
            assertThat(s.login("amina", "a long enough password").headers().firstValue("Location").orElse(""))
                    .doesNotContain("error");
        }
    }

    @Test
    void aPassphraseProtectedDataSetIsUnlockedAfterSigningIn() {
        StoreLocation location = StoreLocation.embedded(dir.resolve("locked"), dir.resolve("locked-keys"));
        try (Store store = Store.open(location)) {
            new UserAccounts(store).create("amina", "Amina", Role.ADMIN,
                    Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("a long enough password"), "test");
            store.protectWithPassphrase("correct horse battery staple".toCharArray());
        }
        try (Store store = Store.open(location); WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            assertThat(store.locked()).isTrue();
            WebSession s = new WebSession(server.url());
            s.login("amina", "a long enough password");
            var page = s.get("/events");
            assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/unlock");
            var form = s.get("/unlock");
            assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
            assertThat(form.body()).contains("_csrf");
            assertThat(s.post("/unlock", Map.of("passphrase", "wrong horse battery staple")).body())
                    .contains("passphrase does not open");
            var unlocked = s.post("/unlock", Map.of("passphrase", "correct horse battery staple"));
            assertThat(unlocked.statusCode()).isEqualTo(302);
            assertThat(store.locked()).isFalse();
            assertThat(s.get("/events").statusCode()).isEqualTo(200);
        }
    }
}
