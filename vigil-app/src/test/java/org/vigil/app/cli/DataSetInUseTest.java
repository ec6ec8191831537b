package org.vigil.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Vigil;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command on an embedded data set that a running 'vigil serve' holds says so at once, in one line naming the
 * server, instead of waiting 30 s for the connection pool to give up (security round two, 'also' item).
 */
class DataSetInUseTest {

    @TempDir
    Path dir;

    @Test
    void aCommandOnADataSetHeldByARunningServerSaysSoAtOnceNamingTheServer() throws Exception {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("keys");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Vigil.class.getName(), "serve", "--data",
                data.toString(), "--key-dir", keys.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Vigil is serving"));
            assertThat(line).as("the server started").isNotNull();

            long start = System.nanoTime();
            CommandLineRun verify = CommandLineRun.of("verify", "--data", data.toString(), "--key-dir", keys.toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(verify.status()).isEqualTo(1);
            assertThat(verify.err().strip()).as("one line").doesNotContain("\n")
                    .startsWith("vigil verify: data set " + data.toAbsolutePath() + " is in use by a running server "
                            + "('vigil serve', process " + server.pid() + " at http://127.0.0.1:")
                    .endsWith("; stop it or use its web interface");
            assertThat(took).as("at once, not after the pool's 30 s").isLessThan(Duration.ofSeconds(10));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
