package org.vigil.app.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.vigil.core.json.DatasetJson;
import org.vigil.core.testing.SampleDatasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract: results on stdout, one-line reasons on stderr, non-zero exit on failure. */
class CommandLineTest {

    @TempDir
    static Path dir;
    private static EmbeddedPostgres postgres;
    private static int databases;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static String[] on(String[] store, String... args) {
        String[] all = new String[args.length + store.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(store, 0, all, args.length, store.length);
        return all;
    }

    private static String[] embedded(String name) {
        return new String[]{"--data", dir.resolve(name).toString(), "--key-dir", dir.resolve(name + "-keys").toString()};
    }

    private static String[] server() throws Exception {
        String db = "cli" + (++databases);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + db);
        }
        return new String[]{"--db-url", postgres.getJdbcUrl("postgres", db) + "&user=postgres",
                "--key-dir", dir.resolve(db + "-keys").toString()};
    }

    private static Path sampleFile() throws Exception {
        Path file = dir.resolve("sample.json");
        Files.writeString(file, DatasetJson.write(SampleDatasets.small()));
        return file;
    }

    @Test
    void importExportVerifyOnTheEmbeddedStore() throws Exception {
        String[] store = embedded("a");
        CommandLineRun imported = CommandLineRun.of(on(store, "import", sampleFile().toString()));
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("18 created, 0 updated, 0 unchanged");

        CommandLineRun exported = CommandLineRun.of(on(store, "export", "--format", "json"));
        assertThat(exported.out()).isEqualTo(DatasetJson.write(SampleDatasets.small()));
        Path csv = dir.resolve("out/a.csv");
        assertThat(CommandLineRun.of(on(store, "export", "--format", "csv", "--output", csv.toString())).status()).isZero();
        assertThat(Files.readString(csv)).startsWith("record_type,record_id,field,value");

        CommandLineRun verified = CommandLineRun.of(on(store, "verify"));
        assertThat(verified.status()).isZero();
        assertThat(verified.out()).startsWith("OK: 19 ledger entries and 18 record versions verified");
    }

    @Test
    void verifyFailsAndNamesTheEntryAfterTamperingOnH2() throws Exception {
        String[] store = embedded("tamper-h2");
        CommandLineRun.of(on(store, "import", sampleFile().toString()));
        // Plain SQL with H2's own driver, as someone with the files but not the key could do.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("tamper-h2/vigil")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""); Statement s = c.createStatement()) {
            s.execute("update record_version set body = replace(body, 'teacher', 'soldier') where record_id = 'per-aigul'");
        }
        CommandLineRun verified = CommandLineRun.of(on(store, "verify"));
        assertThat(verified.status()).isEqualTo(1);
        assertThat(verified.err()).startsWith("vigil verify: verification failed: ledger entry #")
                .contains("record 'per-aigul' version 1 does not match");
        assertThat(verified.err().lines().count()).isEqualTo(1);
    }

    @Test
    void verifyFailsAfterTamperingOnPostgres() throws Exception {
        String[] store = server();
        CommandLineRun imported = CommandLineRun.of(on(store, "import", sampleFile().toString()));
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(CommandLineRun.of(on(store, "verify")).status()).isZero();
        try (Connection c = DriverManager.getConnection(store[1]); Statement s = c.createStatement()) {
            s.execute("delete from ledger_entry where seq = 3");
        }
        CommandLineRun verified = CommandLineRun.of(on(store, "verify"));
        assertThat(verified.status()).isEqualTo(1);
        assertThat(verified.err()).contains("ledger entry #3");
    }

    @Test
    void aMalformedImportExitsNonZeroWithOneLineAndWritesNothing() throws Exception {
        String[] store = embedded("bad");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, DatasetJson.write(SampleDatasets.small()).replace("\"torture_victim\"", "\"torture_victm\""));
        CommandLineRun run = CommandLineRun.of(on(store, "import", bad.toString()));
        assertThat(run.status()).as("bad input is exit status 2").isEqualTo(2);
        assertThat(run.err()).startsWith("vigil import: nothing imported: bad.json:").contains("'torture_victm' is not a term");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(CommandLineRun.of(on(store, "export")).out())
                .isEqualTo("{\n  \"format\" : \"vigil-dataset\",\n  \"version\" : 1\n}\n");
    }

    @Test
    void backupAndRestoreGiveTheSameDataSetOnH2AndOnPostgres() throws Exception {
        String[] source = embedded("b");
        CommandLineRun.of(on(source, "import", sampleFile().toString()));
        Path archive = dir.resolve("b.zip");
        CommandLineRun backup = CommandLineRun.of(on(source, "backup", archive.toString()));
        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("18 record versions, 19 ledger entries");

        String[] target = {"--data", dir.resolve("b-restored").toString(), "--key-dir", source[3]};
        CommandLineRun restore = CommandLineRun.of(on(target, "restore", archive.toString()));
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("OK: 19 ledger entries");
        String original = CommandLineRun.of(on(source, "export")).out();
        assertThat(CommandLineRun.of(on(target, "export")).out()).isEqualTo(original);

        String[] pg = server();
        String[] pgWithKeys = {pg[0], pg[1], "--key-dir", source[3]};
        CommandLineRun toPostgres = CommandLineRun.of(on(pgWithKeys, "restore", archive.toString()));
        assertThat(toPostgres.status()).as(toPostgres.err()).isZero();
        assertThat(CommandLineRun.of(on(pgWithKeys, "export")).out()).isEqualTo(original);
        assertThat(CommandLineRun.of(on(pgWithKeys, "verify")).status()).isZero();
    }

    @Test
    void unknownOptionsAndMissingFilesAreReportedInOneLine() {
        CommandLineRun missing = CommandLineRun.of(on(embedded("c"), "import", dir.resolve("nope.json").toString()));
        assertThat(missing.status()).isNotZero();
        assertThat(missing.err()).contains("nope.json").contains("no such file");
        CommandLineRun format = CommandLineRun.of(on(embedded("c"), "export", "--format", "xml"));
        assertThat(format.status()).as("a wrong option value is exit status 2").isEqualTo(2);
        assertThat(format.err()).startsWith("vigil export: 'xml' is not a data set format: use json or csv")
                .contains("(see 'vigil export --help')");
    }
}
