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
import org.vigil.store.testing.StoreTarget;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
