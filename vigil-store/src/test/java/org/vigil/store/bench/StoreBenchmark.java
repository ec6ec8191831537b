package org.vigil.store.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.json.DatasetJson;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;
import org.vigil.core.time.PartialDate;
import org.vigil.store.Store;
import org.vigil.store.backup.BackupArchive;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.io.DatasetFiles;
import org.vigil.store.io.DatasetFormat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Store throughput on the embedded database: import, export, verify and backup of a generated data
 * set. Runs only with {@code ./mvnw -Pbench -pl vigil-store -am test}; prints one line per figure.
 */
class StoreBenchmark {

    private static final int RECORDS = Integer.getInteger("vigil.bench.records", 20_000);

    @TempDir
    Path dir;

    @Test
    void importExportVerifyBackup() throws Exception {
        Dataset data = generate(RECORDS, 42);
        Path file = dir.resolve("bench.json");
        Files.writeString(file, DatasetJson.write(data));
        long bytes = Files.size(file);
        try (Store store = Store.open(StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys")))) {
            long t0 = System.nanoTime();
            Dataset parsed = DatasetFiles.parse(store, Files.readAllBytes(file), "bench.json");
            long tParsed = System.nanoTime();
            store.records().saveImport(parsed, "bench", "benchmark");
            long t1 = System.nanoTime();
            String exported = DatasetFiles.export(store, DatasetFormat.JSON);
            long t2 = System.nanoTime();
            var report = store.verifier().verify();
            long t3 = System.nanoTime();
            BackupArchive.write(store, OutputStream.nullOutputStream());
            long t4 = System.nanoTime();
            if (!report.ok() || exported.length() < bytes / 2) {
                throw new AssertionError("benchmark run is not valid: " + report.summary());
            }
            print("records", RECORDS, "");
            print("import: parse and validate", ms(tParsed - t0), "ms");
            print("import: write in one transaction", ms(t1 - tParsed), "ms");
            print("import rate", RECORDS / ((t1 - t0) / 1e9), "records/s");
            print("export JSON", ms(t2 - t1), "ms");
            print("verify (chain, MACs, every version)", ms(t3 - t2), "ms");
            print("backup", ms(t4 - t3), "ms");
            print("heap used after run", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6, "MB");
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String what, double value, String unit) {
        System.out.printf("BENCH store | %-44s | %12.1f %s%n", what, value, unit);
    }

    /** Persons with Latin and Cyrillic names and partial birth dates. */
    static Dataset generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] given = {"Aigul", "Nurlan", "Roza", "Vladimir", "Natalia", "Serik", "Dana", "Erlan"};
        String[] cyr = {"Айгүл", "Нұрлан", "Роза", "Владимир", "Наталья", "Серік", "Дана", "Ерлан"};
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int g = r.nextInt(given.length);
            PartialDate born = r.nextBoolean() ? PartialDate.ofYear(1940 + r.nextInt(60))
                    : PartialDate.ofDay(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
            records.add(Person.builder("p" + i).kind(PersonKind.INDIVIDUAL)
                    .names(PersonName.of(given[g] + " Person" + i), PersonName.of(cyr[g] + " Лицо" + i))
                    .birthDate(born).nationality("KZ").descriptors("detainee").build());
        }
        return Dataset.of(records);
    }
}
