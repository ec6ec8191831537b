package org.vigil.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.vigil.app.demo.DemoData;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Source;
import org.vigil.store.Store;
import org.vigil.store.attachments.Attachment;
import org.vigil.store.attachments.AttachmentStore;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.ledger.LedgerEntry;
import org.vigil.store.ledger.LedgerLog;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store-side findings of security round two, over HTTP against a real server: a passphrase-protected data
 * set whose search index must be rebuilt starts and shows the unlock page (finding 8), and what leaves the
 * store through the web — an export, an attached file — is written to the audit ledger ('also' items).
 */
class StoreSafetyOverHttpTest {

    private static final String PASSPHRASE = "four words for the lock";

    @TempDir
    Path dir;

    @Test
    void aLockedDataSetWhoseIndexMustBeRebuiltStartsShowsTheUnlockPageAndIsSearchableAfterUnlock() {
        StoreLocation location = StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys"));
        try (Store setup = Store.open(location)) {
            DemoData.loadInto(setup);
            // A testimony's text is encrypted at rest, so indexing needs the keys.
            setup.records().save(List.of(Source.builder("src-quokkafjord").kind("ngo_report")
                    .title("Quokkafjord hearing").confidentiality(Confidentiality.PUBLIC).build(),
                    Source.builder("src-sealed-testimony").kind("testimony").title("A testimony")
                            .text("What the witness said").confidentiality(Confidentiality.INTERNAL).build()), "test");
            new UserAccounts(setup).create("admin", "Admin", Role.ADMIN,
                    Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(TestServer.PASSWORD), "test");
            setup.protectWithPassphrase(PASSPHRASE.toCharArray());
        }
        assertThat(dir.resolve("data").resolve("index")).as("no index yet: it must be built").doesNotExist();
        Store store = Store.open(location);
        assertThat(store.locked()).as("no VIGIL_PASSPHRASE in the test's environment").isTrue();

        try (WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            WebSession admin = new WebSession(server.url());
            admin.login("admin", TestServer.PASSWORD);
            var home = admin.get("/");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/unlock");
            assertThat(admin.get("/unlock").body()).contains("Unlock the data set");

            var unlocked = admin.post("/unlock", Map.of("passphrase", PASSPHRASE));

            assertThat(unlocked.statusCode()).isEqualTo(302);
            assertThat(store.locked()).isFalse();
            assertThat(admin.get("/search?q=Quokkafjord").body()).contains("src-quokkafjord");
        } finally {
            store.close();
        }
    }

    @Test
    void anExportIsWrittenToTheLedgerWithWhoAskedAndWhatWasHandedOut() {
        try (TestServer server = TestServer.start(dir)) {
            var export = server.as("researcher").get("/export?format=csv");
            assertThat(export.statusCode()).isEqualTo(200);

            LedgerEntry entry = new LedgerLog(server.store()).before(Long.MAX_VALUE, 1).get(0);
            assertThat(entry.action()).isEqualTo("disclose");
            assertThat(entry.actor()).contains("researcher");
            assertThat(entry.detail()).startsWith("what=export format=csv records=")
                    .endsWith("sha256=" + org.vigil.core.hash.Sha256.hex(export.body()));
            assertThat(server.store().verifier().verify().ok()).isTrue();
        }
    }

    @Test
    void anAttachmentDownloadIsWrittenToTheLedger() {
        try (TestServer server = TestServer.start(dir)) {
            server.store().records().save(List.of(Source.builder("src-statement").kind("testimony")
                    .title("A statement").text("What was said").confidentiality(Confidentiality.INTERNAL).build()),
                    "test");
            Attachment file = new AttachmentStore(server.store()).add("src-statement", "statement.txt", "text/plain",
                    "What was said".getBytes(StandardCharsets.UTF_8), "test");

            assertThat(server.as("researcher").get("/attachments/" + file.id()).statusCode()).isEqualTo(200);

            LedgerEntry entry = new LedgerLog(server.store()).before(Long.MAX_VALUE, 1).get(0);
            assertThat(entry.action()).isEqualTo("disclose");
            assertThat(entry.actor()).contains("researcher");
            assertThat(entry.detail()).isEqualTo("what=attachment attachment=" + file.id() + " source=src-statement"
                    + " sha256=" + file.sha256());
        }
    }
}
