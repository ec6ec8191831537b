package org.vigil.app.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.demo.DemoData;
import org.vigil.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The demo keeps its keys where every command looks: verify works right after it; a given --key-dir wins. */
class DemoKeysTest {

    @TempDir
    Path dir;
    private String home;

    @BeforeEach
    void homeInTheTemporaryDirectory() {
        // The default key directory is under the user's home: point it here so no real key directory is touched.
        assumeTrue(System.getenv("VIGIL_KEY_DIR") == null, "VIGIL_KEY_DIR is set: the test would write keys there");
        home = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restoreHome() {
        if (home != null) {
            System.setProperty("user.home", home);
        }
    }

    /** What {@code vigil demo --data DIR [--key-dir KEYS]} does before it serves. */
    private static void demo(Path data, Path keyDir) {
        try (Store store = Store.open(DemoCommand.location(data, keyDir))) {
            DemoData.loadInto(store);
        }
    }

    @Test
    void verifyRightAfterTheDemoFindsItsKeysApartFromTheData() throws IOException {
        Path data = dir.resolve("demo");
        demo(data, null);

        CommandLineRun verified = CommandLineRun.of("verify", "--data", data.toString());
        assertThat(verified.status()).as(verified.err()).isZero();
        assertThat(verified.out()).startsWith("OK:");
        assertThat(dir.resolve("home/.config/vigil/keys")).isDirectoryContaining("glob:**.ledger.key");
        assertThat(data.resolveSibling("demo-keys")).doesNotExist();
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".key"));
        }
    }

    @Test
    void anExplicitKeyDirectoryWins() {
        Path data = dir.resolve("demo-usb");
        Path keys = dir.resolve("usb/keys");
        demo(data, keys);

        CommandLineRun told = CommandLineRun.of("verify", "--data", data.toString(), "--key-dir", keys.toString());
        assertThat(told.status()).as(told.err()).isZero();
        assertThat(keys).isDirectoryContaining("glob:**.ledger.key");

        CommandLineRun untold = CommandLineRun.of("verify", "--data", data.toString());
        assertThat(untold.status()).isNotZero();
        assertThat(untold.err()).contains(dir.resolve("home/.config/vigil/keys").toString()).contains("--key-dir");
    }
}
