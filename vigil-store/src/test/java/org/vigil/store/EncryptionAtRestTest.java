package org.vigil.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.vigil.core.model.Anonymity;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.store.attachments.Attachment;
import org.vigil.store.attachments.AttachmentStore;
import org.vigil.store.backup.BackupArchive;
import org.vigil.store.crypto.CryptoException;
import org.vigil.store.crypto.DataKeys;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.testing.PostgresTarget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Canary strings placed in every sensitive field and in an attachment never reach the database files,
 * a PostgreSQL dump or a backup in plaintext, yet read back intact with the key.
 */
class EncryptionAtRestTest {

    private static final String CONTACT = "CANARY-CONTACT-7f3a +7 701 555 0101";
    private static final String REAL_IDENTITY = "CANARY-IDENTITY-9c2e Жасұлан Серікбаев";
    private static final String TESTIMONY = "CANARY-TESTIMONY-41bd They held me in the basement for three days.";
    private static final String FILE_NAME = "CANARY-FILENAME-0d77 statement.pdf";
    private static final String FILE_TEXT = "CANARY-ATTACHMENT-c6e1 scanned statement with a signature";
    private static final List<String> CANARIES = List.of("CANARY-CONTACT-7f3a", "CANARY-IDENTITY-9c2e",
            "CANARY-TESTIMONY-41bd", "CANARY-FILENAME-0d77", "CANARY-ATTACHMENT-c6e1", "Жасұлан Серікбаев");

    @TempDir
    static Path dir;
    private static PostgresTarget postgres;

    @BeforeAll
    static void start() {
        postgres = new PostgresTarget(dir);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    static List<Record> sensitiveRecords() {
        Source testimony = new Source("src-t", "testimony", "Interview 14", Optional.empty(), Optional.empty(),
                Optional.of("ru"), Reliability.MEDIUM, Optional.empty(), Optional.of(TESTIMONY),
                Confidentiality.RESTRICTED, List.of());
        Person witness = Person.builder("per-w").kind(PersonKind.INDIVIDUAL).sex("male").descriptors("witness")
                .anonymity(new Anonymity("Witness B", Optional.of(REAL_IDENTITY))).contact(CONTACT)
                .confidentiality(Confidentiality.RESTRICTED).build();
        return List.of(testimony, witness);
    }

    private static void fill(Store store) {
        store.records().save(sensitiveRecords(), "alice");
        Attachment a = new AttachmentStore(store).add("src-t", FILE_NAME, "text/plain",
                FILE_TEXT.getBytes(StandardCharsets.UTF_8), "alice");
        assertThat(a.sha256()).hasSize(64);
    }

    @Test
    void h2FilesHoldNoPlaintextButTheValuesReadBack() throws IOException {
        StoreLocation location = StoreLocation.embedded(dir.resolve("h2"), dir.resolve("h2-keys"));
        try (Store store = Store.open(location)) {
            fill(store);
            assertThat(store.records().find("per-w")).hasValue(sensitiveRecords().get(1));
            assertThat(store.records().find("src-t")).hasValue(sensitiveRecords().get(0));
            AttachmentStore attachments = new AttachmentStore(store);
            Attachment a = attachments.of("src-t").get(0);
            assertThat(a.fileName()).isEqualTo(FILE_NAME);
            assertThat(new String(attachments.content(a.id()), StandardCharsets.UTF_8)).isEqualTo(FILE_TEXT);
            assertThat(store.verifier().verify().ok()).isTrue();
        }
        assertNoCanary(filesUnder(dir.resolve("h2")));
    }

    @Test
    void aPostgresDumpHoldsNoPlaintext() throws Exception {
        StoreLocation location = postgres.freshLocation();
        try (Store store = Store.open(location)) {
            fill(store);
            StringBuilder dump = new StringBuilder();
            try (Connection c = store.connection(); Statement s = c.createStatement();
                 ResultSet tables = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString(1));
                }
                for (String table : names) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy " + table + " to stdout", out);
                    dump.append(out.toString(StandardCharsets.UTF_8));
                }
            }
            assertThat(dump).contains("Witness B").contains("enc:v1:");
            assertNoCanary(List.of(dump.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(store.records().find("per-w")).hasValue(sensitiveRecords().get(1));
        }
    }

    @Test
    void aBackupHoldsNoPlaintext() {
        try (Store store = Store.open(StoreLocation.embedded(dir.resolve("bk"), dir.resolve("bk-keys")))) {
            fill(store);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupArchive.write(store, out);
            // The archive is a ZIP; inflate it to scan what it really holds.
            List<byte[]> entries = new ArrayList<>();
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
                while (zip.getNextEntry() != null) {
                    entries.add(zip.readAllBytes());
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertNoCanary(entries);
        }
    }

    @Test
    void valuesCannotBeReadWithoutTheKeyFile() throws IOException {
        StoreLocation location = StoreLocation.embedded(dir.resolve("nokey"), dir.resolve("nokey-keys"));
        String id;
        try (Store store = Store.open(location)) {
            fill(store);
            id = store.datasetId();
        }
        Files.delete(DataKeys.keyFile(dir.resolve("nokey-keys"), id));
        try (Store store = Store.open(location)) {
            assertThat(store.verifier().verify().ok()).as("the ledger verifies without the data key").isTrue();
            assertThatThrownBy(() -> store.records().find("per-w"))
                    .hasMessageContaining("data key file").hasMessageContaining(id);
            assertThat(store.locked()).isTrue();
        }
    }

    @Test
    void aPassphraseReplacesTheKeyFile() throws Exception {
        StoreLocation location = StoreLocation.embedded(dir.resolve("pass"), dir.resolve("pass-keys"));
        String id;
        try (Store store = Store.open(location)) {
            fill(store);
            id = store.datasetId();
            try (Connection c = store.connection()) {
                assertThatThrownBy(() -> DataKeys.protectWithPassphrase(c, store.datasetId(),
                        location.keyDirectory(), store.cipher(), "short".toCharArray())).hasMessageContaining("too short");
                DataKeys.protectWithPassphrase(c, store.datasetId(), location.keyDirectory(), store.cipher(),
                        "correct horse battery staple".toCharArray());
            }
        }
        assertThat(DataKeys.keyFile(location.keyDirectory(), id)).doesNotExist();
        try (Store store = Store.open(location)) {
            assertThat(store.locked()).isTrue();
            assertThatThrownBy(() -> store.unlock("wrong horse battery staple".toCharArray()))
                    .isInstanceOf(CryptoException.class).hasMessageContaining("passphrase does not open");
            store.unlock("correct horse battery staple".toCharArray());
            assertThat(store.records().find("per-w")).hasValue(sensitiveRecords().get(1));
        }
    }

    @Test
    void rotationAddsAKeyKeepsOldValuesReadableAndReencryptsOnRequest() throws Exception {
        try (Store store = Store.open(StoreLocation.embedded(dir.resolve("rot"), dir.resolve("rot-keys")))) {
            fill(store);
            assertThat(store.keyStatus()).contains("active data key: k001");
            assertThat(store.rotateDataKey(Optional.empty())).isEqualTo("k002");
            assertThat(store.records().find("per-w")).hasValue(sensitiveRecords().get(1));
            assertThat(bodyOf(store, "per-w")).contains("enc:v1:k001:");
            assertThat(store.records().reseal("admin")).isEqualTo(2);
            assertThat(bodyOf(store, "per-w")).contains("enc:v1:k002:").doesNotContain("enc:v1:k001:");
            assertThat(store.records().history("per-w")).hasSize(2);
            assertThat(store.records().find("per-w")).hasValue(sensitiveRecords().get(1));
            assertThat(store.verifier().verify().ok()).isTrue();
        }
    }

    private static String bodyOf(Store store, String id) throws Exception {
        try (Connection c = store.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v.body from record_version v join record_head h on h.record_id = "
                     + "v.record_id and h.version = v.version where v.record_id = '" + id + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aCiphertextMovedToAnotherRecordDoesNotOpen() throws Exception {
        try (Store store = Store.open(StoreLocation.embedded(dir.resolve("moved"), dir.resolve("moved-keys")))) {
            fill(store);
            Person other = Person.builder("per-x").kind(PersonKind.INDIVIDUAL).names(PersonName.of("X"))
                    .contact("harmless").build();
            store.records().save(List.of(other), "alice");
            String stolen;
            try (Connection c = store.connection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select body from record_version where record_id = 'per-w'")) {
                rs.next();
                stolen = rs.getString(1).replaceAll(".*\"contact\":\"(enc:v1:[^\"]+)\".*", "$1");
            }
            try (Connection c = store.connection(); Statement s = c.createStatement()) {
                s.execute("update record_version set body = regexp_replace(body, '\"contact\":\"[^\"]+\"', "
                        + "'\"contact\":\"" + stolen + "\"') where record_id = 'per-x'");
            }
            assertThatThrownBy(() -> store.records().find("per-x")).isInstanceOf(CryptoException.class)
                    .hasMessageContaining("per-x");
        }
    }

    private static List<byte[]> filesUnder(Path root) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                contents.add(Files.readAllBytes(p));
            }
        }
        assertThat(contents).isNotEmpty();
        return contents;
    }

    private static void assertNoCanary(List<byte[]> contents) {
        for (byte[] bytes : contents) {
            for (String canary : CANARIES) {
                assertThat(indexOf(bytes, canary.getBytes(StandardCharsets.UTF_8)))
                        .as("plaintext '%s' found in stored bytes", canary).isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
