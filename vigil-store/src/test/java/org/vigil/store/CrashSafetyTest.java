package org.vigil.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.ledger.VerificationReport;
import org.vigil.store.testing.WritingLoop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills (SIGKILL) a process while it writes, three times over, and checks after each restart that
 * every write the process reported as committed is present and the ledger verifies.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyReportedCommitSurvivesSigkill() throws Exception {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("keys");
        List<String> committed = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            committed.addAll(runAndKill(data, keys, "round" + round, 40 + 30 * round));
            try (Store store = Store.open(StoreLocation.embedded(data, keys))) {
                for (String id : committed) {
                    assertThat(store.records().find(id)).as("record %s was reported committed", id).isPresent();
                }
                VerificationReport report = store.verifier().verify();
                assertThat(report.ok()).as(report.summary()).isTrue();
                assertThat(report.entries()).isGreaterThanOrEqualTo(committed.size());
            }
        }
    }

    /** Starts the writer, waits until it reports {@code atLeast} commits, then kills it without warning. */
    private static List<String> runAndKill(Path data, Path keys, String prefix, int atLeast) throws IOException,
            InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WritingLoop.class.getName(), data.toString(),
                keys.toString(), prefix).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> ids = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    ids.add(line.substring("committed ".length()));
                }
                if (ids.size() >= atLeast) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close
                    break;
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ids).as("the writer should have committed before being killed").hasSizeGreaterThanOrEqualTo(atLeast);
        return ids;
    }
}
