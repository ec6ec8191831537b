package org.vigil.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vigil import} refuses a text over its field's limit in one line naming record, field and limit. */
class ImportTextLimitTest {

    @TempDir
    Path dir;

    @Test
    void anOverlongNameIsOneLineAndNothingIsImported() throws Exception {
        Path file = dir.resolve("long.json");
        Files.writeString(file, "{\"format\":\"vigil-dataset\",\"version\":1,\"persons\":[{\"type\":\"person\",\"id\":\"per-ok\",\"kind\":\"individual\",\"names\":[{\"value\":\"Asel\"}]},"
                + "{\"type\":\"person\",\"id\":\"per-long\",\"kind\":\"individual\",\"names\":[{\"value\":\"" + "z".repeat(1_001) + "\"}]}]}");
        String[] store = {"--data", dir.resolve("data").toString(), "--key-dir", dir.resolve("keys").toString()};
        CommandLineRun run = CommandLineRun.of("import", file.toString(), store[0], store[1], store[2], store[3]);
        assertThat(run.status()).isEqualTo(CommandErrors.BAD_USAGE_OR_INPUT);
        assertThat(run.err()).contains("names[0].value is longer than 1,000 characters").doesNotContain("zzzzzzzzzz");
        assertThat(run.err().lines().filter(l -> !l.isBlank())).hasSizeLessThanOrEqualTo(2);
        CommandLineRun exported = CommandLineRun.of("export", "--format", "json", store[0], store[1], store[2], store[3]);
        assertThat(exported.out()).doesNotContain("per-ok");
    }
}
