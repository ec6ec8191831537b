package org.vigil.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.json.DatasetJson;
import org.vigil.core.model.Event;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.testing.SampleDatasets;
import org.vigil.store.backup.BackupArchive;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.io.DatasetFiles;
import org.vigil.store.io.DatasetFormat;
import org.vigil.store.ledger.ForgedEntries;
import org.vigil.store.ledger.VerificationReport;
import org.vigil.store.records.RecordVersion;
import org.vigil.store.records.SaveResult;
import org.vigil.store.testing.BackupFiles;
import org.vigil.store.testing.StoreTarget;
import org.vigil.store.users.Role;
import org.vigil.store.users.User;
import org.vigil.store.users.UserAccounts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What every store must do, run against H2 and against a real PostgreSQL server. */
abstract class StoreContract {

    protected abstract StoreTarget target();

    protected abstract Path scratch();

    protected Store store;
    private final Dataset sample = SampleDatasets.small();
    private final String sampleJson = DatasetJson.write(sample);

    @BeforeEach
    void open() {
        store = target().freshStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    // --- versioning -------------------------------------------------------------------------

    @Test
    void everyChangeIsANewVersionAndHistoryIsKept() {
        store.records().save(sample.all().toList(), "alice");
        Event event = sample.events().get(0);
        Event renamed = new Event(event.id(), "Ertis shootings", event.description(), event.places(), event.start(),
                event.end(), event.violationCategories(), event.tallies(), "closed", event.confidentiality(),
                event.citations());
        SaveResult r = store.records().save(List.of(renamed), "bob");
        assertThat(r.updated()).isEqualTo(1);

        List<RecordVersion> history = store.records().history(event.id());
        assertThat(history).extracting(RecordVersion::version).containsExactly(1, 2);
        assertThat(history).extracting(RecordVersion::createdBy).containsExactly("alice", "bob");
        assertThat(history.get(0).record()).isEqualTo(event);
        assertThat(store.records().find(event.id())).hasValue(renamed);
    }

    @Test
    void savingAnUnchangedRecordWritesNothing() {
        store.records().save(sample.all().toList(), "alice");
        SaveResult again = store.records().save(sample.all().toList(), "alice");
        assertThat(again.unchanged()).isEqualTo(sample.size());
        assertThat(again.created() + again.updated()).isZero();
        assertThat(store.records().history("evt-protest")).hasSize(1);
    }

    @Test
    void deletionIsAVersionAndIsRefusedWhileReferenced() {
        store.records().save(sample.all().toList(), "alice");
        assertThatThrownBy(() -> store.records().delete("per-aigul", "alice", "duplicate"))
                .hasMessageContaining("still referred to by").hasMessageContaining("act-torture");
        store.records().delete("int-1", "alice", "entered twice");
        assertThat(store.records().find("int-1")).isEmpty();
        assertThat(store.records().history("int-1")).extracting(RecordVersion::deleted).containsExactly(false, true);
        assertThat(store.records().counts().get(RecordType.INTERVENTION)).isZero();
        assertThat(store.verifier().verify().ok()).isTrue();
    }

    @Test
    void invalidRecordsAreRefusedWithTheFieldAndNothingIsWritten() {
        Event bad = new Event("evt-bad", "x", Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of("genocide_light"), List.of(), "open", null, List.of());
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> store.records().save(List.of(bad), "alice"));
        assertThat(e.getMessage()).contains("violationCategories[0]").contains("genocide_light");
        assertThat(store.records().counts().values()).allMatch(n -> n == 0);
    }

    // --- import / export ---------------------------------------------------------------------

    @Test
    void exportImportExportIsIdentical() throws Exception {
        Path file = scratch().resolve("sample.json");
        Files.writeString(file, sampleJson);
        SaveResult r = DatasetFiles.importFile(store, file, "importer");
        assertThat(r.created()).isEqualTo(sample.size());
        String exported = DatasetFiles.export(store, DatasetFormat.JSON);
        assertThat(exported).isEqualTo(sampleJson);

        try (Store second = target().freshStore()) {
            Path again = scratch().resolve("again.json");
            Files.writeString(again, exported);
            DatasetFiles.importFile(second, again, "importer");
            assertThat(DatasetFiles.export(second, DatasetFormat.JSON)).isEqualTo(exported);
            String csv = DatasetFiles.export(second, DatasetFormat.CSV);
            try (Store third = target().freshStore()) {
                Path csvFile = scratch().resolve("again.csv");
                Files.writeString(csvFile, csv);
                DatasetFiles.importFile(third, csvFile, "importer");
                assertThat(DatasetFiles.export(third, DatasetFormat.JSON)).isEqualTo(exported);
            }
        }
    }

    @Test
    void truncatedJsonIsRefusedAndChangesNothing() throws Exception {
        assertRefusedAndUnchanged("truncated.json", sampleJson.substring(0, sampleJson.length() / 3),
                "end-of-input");
    }

    @Test
    void wrongTypesAreRefusedAndChangeNothing() throws Exception {
        assertRefusedAndUnchanged("types.json", sampleJson.replace("\"deceased\" : true", "\"deceased\" : 3.5"),
                "$.persons[0].deceased");
    }

    @Test
    void unknownVocabularyTermsAreRefusedAndChangeNothing() throws Exception {
        assertRefusedAndUnchanged("vocab.json", sampleJson.replace("\"cold_water\"", "\"waterboarding\""),
                "'waterboarding' is not a term of the torture_methods vocabulary");
    }

    @Test
    void impossibleDatesAreRefusedAndChangeNothing() throws Exception {
        assertRefusedAndUnchanged("dates.json", sampleJson.replace("\"2020-03-04\"", "\"2020-02-30\""),
                "2020-02-30 does not exist");
    }

    @Test
    void duplicateIdsAreRefusedAndChangeNothing() throws Exception {
        assertRefusedAndUnchanged("dupes.json", sampleJson.replace("\"id\" : \"org-court\"", "\"id\" : \"org-police\""),
                "id 'org-police' is already used");
    }

    @Test
    void brokenCsvQuotingIsRefusedAndChangesNothing() throws Exception {
        String csv = org.vigil.core.json.DatasetCsv.write(sample)
                .replace("event,evt-protest,title,Ertis protest shootings", "event,evt-protest,title,\"Ertis\" protest");
        assertRefusedAndUnchanged("broken.csv", csv, "broken CSV");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
        store.records().save(sample.all().toList(), "alice");
        String before = DatasetFiles.export(store, DatasetFormat.JSON);
        Path file = scratch().resolve("latin1.json");
        byte[] bytes = sampleJson.replace("Ertis protest shootings", "Ertis protest shootings \u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> DatasetFiles.importFile(store, file, "importer"));
        assertThat(e.getMessage()).contains("latin1.json:").contains("not UTF-8");
        assertThat(e.problems().get(0).line()).isGreaterThan(1);
        assertThat(DatasetFiles.export(store, DatasetFormat.JSON)).isEqualTo(before);
    }

    private void assertRefusedAndUnchanged(String name, String content, String expected) throws Exception {
        // Start from a non-empty data set, so "unchanged" means more than "still empty".
        store.records().save(sample.all().toList(), "alice");
        String before = DatasetFiles.export(store, DatasetFormat.JSON);
        long entriesBefore = store.verifier().verify().entries();
        Path file = scratch().resolve(name);
        Files.writeString(file, content.replace("Aigul Serikkyzy", "Aigul S. (renamed)"));
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> DatasetFiles.importFile(store, file, "importer"));
        assertThat(e).as("the import should be refused").isNotNull();
        assertThat(e.getMessage()).startsWith(name + ":").contains(expected);
        assertThat(DatasetFiles.export(store, DatasetFormat.JSON)).isEqualTo(before);
        VerificationReport after = store.verifier().verify();
        assertThat(after.ok()).isTrue();
        assertThat(after.entries()).isEqualTo(entriesBefore);
    }

    // --- ledger ------------------------------------------------------------------------------

    @Test
    void aCleanDataSetVerifies() {
        store.records().save(sample.all().toList(), "alice");
        store.records().delete("int-1", "alice", "test");
        VerificationReport report = store.verifier().verify();
        assertThat(report.ok()).as(report.summary()).isTrue();
        assertThat(report.entries()).isEqualTo(sample.size() + 1);
        assertThat(report.versions()).isEqualTo(sample.size() + 1);
    }

    @Test
    void aRowUpdatedBehindTheAppIsDetected() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        sql("update record_version set body = replace(body, 'Ertis protest shootings', 'Peaceful gathering') "
                + "where record_id = 'evt-protest'");
        VerificationReport report = store.verifier().verify();
        assertThat(report.ok()).isFalse();
        assertThat(report.summary()).contains("record 'evt-protest' version 1 does not match what the ledger recorded");
        assertThat(report.firstBreak().orElseThrow().seq()).isEqualTo(entrySeq("evt-protest"));
    }

    @Test
    void aRowDeletedBehindTheAppIsDetected() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        long seq = entrySeq("per-witness-a");
        sql("delete from record_version where record_id = 'per-witness-a'");
        sql("delete from record_head where record_id = 'per-witness-a'");
        VerificationReport report = store.verifier().verify();
        assertThat(report.summary()).startsWith("BROKEN: ledger entry #" + seq)
                .contains("record 'per-witness-a' version 1 is missing");
    }

    @Test
    void aRowInsertedBehindTheAppIsDetected() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        sql("insert into record_version (record_id, version, record_type, confidentiality, deleted, body, "
                + "content_hash, created_at, created_by) select record_id, 2, record_type, confidentiality, deleted, "
                + "body, content_hash, created_at, 'mallory' from record_version where record_id = 'evt-trial'");
        sql("update record_head set version = 2 where record_id = 'evt-trial'");
        VerificationReport report = store.verifier().verify();
        assertThat(report.summary()).contains("record 'evt-trial' version 2 has no ledger entry");
    }

    @Test
    void anEditedLedgerEntryIsNamed() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        sql("update ledger_entry set actor = 'someone else' where seq = 5");
        VerificationReport report = store.verifier().verify();
        assertThat(report.summary()).startsWith("BROKEN: ledger entry #5: its fields do not match its hash");
    }

    @Test
    void aDisclosureIsLedgeredAndCannotBeReworded() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        new org.vigil.store.ledger.Disclosures(store).record("bob", "report",
                "country=KZ year=2012 audience=public format=pdf", "ab".repeat(32));
        long seq = store.verifier().verify().entries();
        var entry = new org.vigil.store.ledger.LedgerLog(store).before(Long.MAX_VALUE, 1).get(0);

        assertThat(store.verifier().verify().ok()).isTrue();
        assertThat(entry.seq()).isEqualTo(seq);
        assertThat(entry.action()).isEqualTo("disclose");
        assertThat(entry.detail()).isEqualTo("what=report country=KZ year=2012 audience=public format=pdf sha256="
                + "ab".repeat(32));
        // Whoever rewrites what was handed out is caught like any other edit.
        sql("update ledger_entry set detail = 'what=report country=KZ year=2012 audience=internal' where seq = " + seq);
        assertThat(store.verifier().verify().summary())
                .startsWith("BROKEN: ledger entry #" + seq + ": its fields do not match its hash");
    }

    @Test
    void aForgedLedgerEntryWithoutTheKeyIsNamed() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        // Recompute the chain with a valid hash but no key: the MAC gives it away.
        var last = store.verifier().verify().entries();
        sql("delete from ledger_entry where seq = " + last);
        String prev = single("select entry_hash from ledger_entry where seq = " + (last - 1));
        var forged = ForgedEntries.sealedWithAnotherKey(scratch().resolve("wrong-keys"), last,
                "2030-01-01T00:00:00Z", "mallory", "create", Optional.of("int-1"), 1,
                single("select content_hash from record_version where record_id = 'int-1'"), "", prev);
        sql("insert into ledger_entry values (" + last + ", '" + forged.recordedAt() + "', 'mallory', 'create', "
                + "'int-1', 1, '" + forged.contentHash() + "', '', '" + prev + "', '" + forged.entryHash() + "', '"
                + forged.mac() + "')");
        sql("update ledger_head set entry_hash = '" + forged.entryHash() + "'");
        assertThat(store.verifier().verify().summary())
                .startsWith("BROKEN: ledger entry #" + last + ": its authentication code is wrong");
    }

    @Test
    void truncatingTheNewestEntriesIsDetectedByTheAnchor() throws SQLException {
        List<Record> first = new java.util.ArrayList<>(sample.sources());
        first.addAll(sample.organisations());
        store.records().save(first, "alice");
        String head4 = single("select entry_hash from ledger_entry where seq = 4");
        store.records().save(sample.all().toList(), "alice");
        // Remove everything after entry 4 consistently: chain, head and rows all agree.
        sql("delete from ledger_entry where seq > 4");
        sql("update ledger_head set seq = 4, entry_hash = '" + head4 + "'");
        for (Record r : sample.all().filter(r -> !first.contains(r)).toList()) {
            sql("delete from record_version where record_id = '" + r.id() + "'");
            sql("delete from record_head where record_id = '" + r.id() + "'");
        }
        VerificationReport report = store.verifier().verify();
        assertThat(report.summary()).contains("the ledger no longer has it: the newest entries were removed");
    }

    // --- backup ------------------------------------------------------------------------------

    @Test
    void backupRestoresAnIdenticalDataSetThatVerifies() {
        store.records().save(sample.all().toList(), "alice");
        store.records().delete("int-1", "alice", "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupArchive.Summary summary = BackupArchive.write(store, out);
        assertThat(summary.recordVersions()).isEqualTo(sample.size() + 1);

        StoreLocation target = sameKeys(target().freshLocation());
        VerificationReport report = BackupArchive.restore(new ByteArrayInputStream(out.toByteArray()), target);
        assertThat(report.ok()).as(report.summary()).isTrue();
        try (Store restored = Store.open(target)) {
            assertThat(restored.datasetId()).isEqualTo(store.datasetId());
            assertThat(DatasetFiles.export(restored, DatasetFormat.JSON))
                    .isEqualTo(DatasetFiles.export(store, DatasetFormat.JSON));
            assertThat(restored.records().history("int-1")).isEqualTo(store.records().history("int-1"));
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsWritten() {
        store.records().save(sample.all().toList(), "alice");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupArchive.write(store, out);
        byte[] bytes = out.toByteArray();
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 0x55;
        StoreLocation target = sameKeys(target().freshLocation());
        assertThatThrownBy(() -> BackupArchive.restore(new ByteArrayInputStream(damaged), target))
                .isInstanceOf(StoreException.class);
        try (Store empty = Store.open(target)) {
            assertThat(empty.records().counts().values()).allMatch(n -> n == 0);
        }
    }

    @Test
    void restoringOverAnExistingDataSetIsRefused() {
        store.records().save(sample.all().toList(), "alice");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupArchive.write(store, out);
        assertThatThrownBy(() -> BackupArchive.restore(new ByteArrayInputStream(out.toByteArray()), store.location()))
                .hasMessageContaining("already holds a data set");
    }

    // --- accounts, assignments and tokens (security round two, finding 5) ------------------------

    @Test
    void aRoleRaisedWithSqlGrantsNothingAndVerifyNamesTheRow() throws SQLException {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("bob", "Bob", Role.VIEWER, "hash-of-bob", "admin");
        assertThat(store.verifier().verify().ok()).isTrue();

        sql("update app_user set role = 'admin' where username = 'bob'");

        assertThat(accounts.find("bob")).as("a tampered account cannot log in, let alone as admin").isEmpty();
        assertThat(store.verifier().verify().breaks().toString())
                .contains("table app_user, row username=bob: fails its seal");
    }

    @Test
    void anAssignmentInsertedWithSqlGrantsNothingAndVerifyNamesIt() throws SQLException {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("bob", "Bob", Role.RESEARCHER, "hash-of-bob", "admin");
        store.records().save(sample.all().toList(), "alice");

        sql("insert into record_assignment (record_id, username) values ('int-1', 'bob')");

        assertThat(accounts.assignedTo("bob")).isEmpty();
        assertThat(accounts.assignees("int-1")).isEmpty();
        VerificationReport report = store.verifier().verify();
        assertThat(report.breaks()).extracting(Object::toString)
                .anyMatch(b -> b.contains("table record_assignment, row record_id=int-1 username=bob: fails its seal"))
                .anyMatch(b -> b.contains("table record_assignment no longer holds the rows this entry sealed"));
    }

    @Test
    void aTokenHashInsertedWithSqlDoesNotAuthenticateAndVerifyNamesIt() throws SQLException {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("bob", "Bob", Role.ADMIN, "hash-of-bob", "admin");
        String token = "vgl_chosen-by-the-intruder";

        sql("insert into api_token (token_hash, username, label, created_at) values ('"
                + org.vigil.core.hash.Sha256.hex(token) + "', 'bob', 'backdoor', '2030-01-01T00:00:00Z')");

        assertThat(accounts.authenticateToken(token)).isEmpty();
        assertThat(store.verifier().verify().breaks().toString()).contains("table api_token, row token_hash="
                + org.vigil.core.hash.Sha256.hex(token).substring(0, 12));
    }

    @Test
    void aTokenMadeByVigilAuthenticatesAndItsUseKeepsTheSeal() {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("bob", "Bob", Role.RESEARCHER, "hash-of-bob", "admin");
        String token = accounts.createToken("bob", "script", "bob");
        assertThat(accounts.authenticateToken(token)).map(User::username).contains("bob");
        // Logging the use and counting failed logins touch only columns outside the seal.
        accounts.recordFailedLogin("bob");
        assertThat(accounts.authenticateToken(token)).isPresent();
        assertThat(store.verifier().verify().ok()).as(store.verifier().verify().summary()).isTrue();
    }

    @Test
    void anAccountDeletedWithSqlIsCaughtAndDoesNotReopenTheFirstRunPage() throws SQLException {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("root", "Root", Role.ADMIN, "hash-of-root", "setup");
        accounts.create("bob", "Bob", Role.VIEWER, "hash-of-bob", "root");

        sql("delete from app_user where username = 'bob'");
        assertThat(store.verifier().verify().summary())
                .contains("table app_user no longer holds the rows this entry sealed: a row was deleted");

        sql("delete from app_user");
        assertThat(accounts.none()).as("no first-run page where the first visitor becomes admin").isFalse();
    }

    @Test
    void accountsFromBeforeSealsAreSealedOnceOnOpeningAndTheLedgerSaysSo() throws SQLException {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("bob", "Bob", Role.RESEARCHER, "hash-of-bob", "admin");
        store.records().save(sample.all().toList(), "alice");
        accounts.assign("int-1", "bob", "admin");
        accounts.createToken("bob", "script", "bob");
        // Take the data set back to schema V5, as a data set written by the previous version is.
        sql("alter table app_user drop column seal");
        sql("alter table record_assignment drop column seal");
        sql("alter table api_token drop column seal");
        sql("alter table api_token drop column expires_at");
        sql("delete from flyway_schema_history where version in ('6', '7')");
        StoreLocation location = store.location();
        store.close();

        store = Store.open(location);

        UserAccounts reopened = new UserAccounts(store);
        assertThat(reopened.find("bob")).isPresent();
        assertThat(reopened.assignedTo("bob")).containsExactly("int-1");
        VerificationReport report = store.verifier().verify();
        assertThat(report.ok()).as(report.summary()).isTrue();
        var last = new org.vigil.store.ledger.LedgerLog(store).before(Long.MAX_VALUE, 1).get(0);
        assertThat(last.action()).isEqualTo("accounts.seal");
        assertThat(last.detail()).startsWith("sealed 3 existing rows of accounts, assignments and API tokens");
    }

    @Test
    void aLaterMigrationAddingAColumnKeepsSoundRowsSealedAndNeverLaundersATamperedOne() throws SQLException {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("bob", "Bob", Role.RESEARCHER, "hash-of-bob", "admin");
        accounts.create("carol", "Carol", Role.VIEWER, "hash-of-carol", "admin");
        sql("update app_user set role = 'admin' where username = 'carol'");
        Map<String, List<List<String>>> sound;
        try (Connection c = store.connection()) {
            sound = new org.vigil.store.ledger.RowSeals(store.context()).validRows(c);
        }
        // What a later migration might do: a NOT NULL column with a default changes every row's sealed content.
        sql("alter table app_user add column must_change boolean default false not null");
        assertThat(accounts.find("bob")).as("the new column breaks the seal").isEmpty();

        store.resealAfterMigration(sound, List.of("7"));

        assertThat(accounts.find("bob")).isPresent();
        assertThat(accounts.find("carol")).as("tampered before the migration, still refused").isEmpty();
        VerificationReport report = store.verifier().verify();
        assertThat(report.breaks()).extracting(Object::toString).singleElement().asString()
                .contains("table app_user, row username=carol: fails its seal");
    }

    // --- what verify must not call OK ----------------------------------------------------------

    @Test
    void verifyFailsWhenTheAnchorIsMissing() throws Exception {
        store.records().save(sample.all().toList(), "alice");
        try (var files = Files.list(store.location().keyDirectory())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ledger.head")).toList()) {
                Files.delete(f);
            }
        }
        assertThat(store.verifier().verify().summary()).contains("the ledger anchor of this copy is missing");
        // A later write does not quietly recreate it.
        store.records().delete("int-1", "alice", "test");
        assertThat(store.verifier().verify().summary()).contains("the ledger anchor of this copy is missing");
    }

    @Test
    void verifyFailsWhenAWrappedDataKeyIsDestroyed() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        String wrapped = single("select meta_value from dataset_meta where meta_key = 'dek.key.k001'");
        sql("update dataset_meta set meta_value = 'AAAA' where meta_key = 'dek.key.k001'");
        assertThat(store.verifier().verify().summary()).contains("the wrapped data key dek.key.k001 is damaged");

        // Same length, other bytes: only opening it shows it is not the key.
        char[] chars = wrapped.toCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';
        sql("update dataset_meta set meta_value = '" + new String(chars) + "' where meta_key = 'dek.key.k001'");
        assertThat(store.verifier().verify().summary()).contains("the data keys do not open with the key file");

        sql("delete from dataset_meta where meta_key like 'dek.key.%'");
        assertThat(store.verifier().verify().summary()).contains("the active data key (k001) is missing");
    }

    @Test
    void verifyFailsWhenTheReferenceIndexIsEmptied() throws SQLException {
        store.records().save(sample.all().toList(), "alice");
        assertThat(store.verifier().verify().ok()).isTrue();
        sql("delete from record_ref");
        assertThat(store.verifier().verify().summary()).contains("the reference index (record_ref)");
    }

    // --- backup and restore of accounts; restores beside a production copy (finding 4) -----------

    @Test
    void backupAndRestoreRoundTripAccountsAssignmentsAndTokens() {
        UserAccounts accounts = new UserAccounts(store);
        accounts.create("root", "Root", Role.ADMIN, "hash-of-root", "setup");
        accounts.create("bob", "Bob", Role.RESEARCHER, "hash-of-bob", "root");
        store.records().save(sample.all().toList(), "alice");
        accounts.assign("int-1", "bob", "root");
        String token = accounts.createToken("bob", "script", "bob");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(BackupArchive.write(store, out).accounts()).isEqualTo(2);

        StoreLocation target = sameKeys(target().freshLocation());
        VerificationReport report = BackupArchive.restore(new ByteArrayInputStream(out.toByteArray()), target);

        assertThat(report.ok()).as(report.summary()).isTrue();
        try (Store restored = Store.open(target)) {
            UserAccounts copy = new UserAccounts(restored);
            assertThat(copy.none()).as("a restored data set never opens on the first-run page").isFalse();
            assertThat(copy.all()).isEqualTo(accounts.all());
            assertThat(copy.assignedTo("bob")).containsExactly("int-1");
            assertThat(copy.authenticateToken(token)).map(User::username).contains("bob");
            assertThat(restored.verifier().verify().ok()).as(restored.verifier().verify().summary()).isTrue();
        }
    }

    @Test
    void aVersion1BackupWithoutAccountTablesStillRestores() {
        store.records().save(sample.all().toList(), "alice");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupArchive.write(store, out);

        StoreLocation target = sameKeys(target().freshLocation());
        VerificationReport report = BackupArchive.restore(
                new ByteArrayInputStream(BackupFiles.asVersion1(out.toByteArray())), target);

        assertThat(report.ok()).as(report.summary()).isTrue();
        try (Store restored = Store.open(target)) {
            assertThat(restored.records().counts()).isEqualTo(store.records().counts());
            assertThat(new UserAccounts(restored).all()).isEmpty();
            assertThat(restored.verifier().verify().ok()).isTrue();
        }
    }

    @Test
    void restoringAnOlderBackupBesideProductionLeavesProductionsAnchorAlone() throws Exception {
        List<Record> first = new java.util.ArrayList<>(sample.sources());
        store.records().save(first, "alice");
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        BackupArchive.write(store, older);
        store.records().save(sample.all().toList(), "alice");
        Map<Path, String> anchorsBefore = anchors();

        StoreLocation scratch = sameKeys(target().freshLocation());
        assertThat(BackupArchive.restore(new ByteArrayInputStream(older.toByteArray()), scratch).ok()).isTrue();

        Map<Path, String> anchorsAfter = anchors();
        for (var e : anchorsBefore.entrySet()) {
            assertThat(anchorsAfter.get(e.getKey())).as("anchor " + e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(anchorsAfter).hasSize(anchorsBefore.size() + 1);
        try (Store copy = Store.open(scratch)) {
            assertThat(copy.verifier().verify().ok()).as(copy.verifier().verify().summary()).isTrue();
        }
        // Production still notices its newest entries being cut back to the older backup's end.
        long keep = first.size();
        String head = single("select entry_hash from ledger_entry where seq = " + keep);
        sql("delete from ledger_entry where seq > " + keep);
        sql("update ledger_head set seq = " + keep + ", entry_hash = '" + head + "'");
        for (Record r : sample.all().filter(r -> !first.contains(r)).toList()) {
            sql("delete from record_ref where record_id = '" + r.id() + "'");
            sql("delete from record_version where record_id = '" + r.id() + "'");
            sql("delete from record_head where record_id = '" + r.id() + "'");
        }
        assertThat(store.verifier().verify().summary()).contains("the ledger no longer has it");
    }

    @Test
    void aRestoreThatFailsVerificationLeavesNothingAndDeletesNothing() throws Exception {
        store.records().save(sample.all().toList(), "alice");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupArchive.write(store, out);
        // Rewrite a record in the archive and fix up the manifest's sums: only the ledger can tell.
        byte[] altered = BackupFiles.rewrite(out.toByteArray(), "record_version.jsonl",
                text -> text.replace("Ertis protest shootings", "Peaceful gathering"));
        Map<Path, String> anchorsBefore = anchors();
        StoreLocation scratch = sameKeys(target().freshLocation());

        VerificationReport report = BackupArchive.restore(new ByteArrayInputStream(altered), scratch);

        assertThat(report.ok()).isFalse();
        assertThat(report.summary()).contains("does not match what the ledger recorded");
        assertThat(anchors()).isEqualTo(anchorsBefore);
        scratch.dataDirectory().ifPresent(d -> {
            assertThat(d).doesNotExist();
            assertThat(d.getParent()).isDirectoryNotContaining(p -> p.getFileName().toString().contains("restoring"));
        });
        try (Store left = Store.open(scratch)) {
            assertThat(left.records().counts().values()).as("nothing for 'serve' to open").allMatch(n -> n == 0);
        }
        assertThat(store.verifier().verify().ok()).isTrue();
    }

    private Map<Path, String> anchors() throws java.io.IOException {
        Map<Path, String> anchors = new java.util.TreeMap<>();
        try (var files = Files.list(store.location().keyDirectory())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ledger.head")).toList()) {
                anchors.put(f, Files.readString(f));
            }
        }
        return anchors;
    }

    private StoreLocation sameKeys(StoreLocation fresh) {
        return new StoreLocation(fresh.dataDirectory(), fresh.jdbcUrl(), fresh.user(), fresh.password(),
                store.location().keyDirectory());
    }

    private long entrySeq(String recordId) throws SQLException {
        return Long.parseLong(single("select seq from ledger_entry where record_id = '" + recordId + "'"));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = store.connection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private String single(String query) throws SQLException {
        try (Connection c = store.connection(); Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
