package org.vigil.app.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The demo's passwords are kept readable by their owner only, and read back on the next start. */
class DemoLoginsFileTest {

    @Test
    void theLoginsFileIsTheOwnersAloneAndGivesTheSameLoginsAgain(@TempDir Path dir) throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "this file system has no POSIX permissions");
        Path keys = dir.resolve("keys");
        try (Store store = Store.open(StoreLocation.embedded(dir.resolve("data"), keys))) {
            var first = DemoAccounts.ensure(store, keys);
            assertThat(first).hasSize(4);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("demo-logins.txt"))))
                    .isEqualTo("rw-------");
            assertThat(DemoAccounts.ensure(store, keys)).isEqualTo(first);
        }
    }
}
