package org.vigil.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.db.StoreLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Other local accounts cannot enter a data directory (security review round two: the database and the index
 * were world-readable, 0644, because H2 and Lucene create files with the process's umask).
 */
class DataDirectoryPermissionsTest {

    @Test
    void onlyTheOwnerMayEnterTheDataDirectory(@TempDir Path dir) throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "this file system has no POSIX permissions");
        Path data = dir.resolve("data");
        try (Store store = Store.open(StoreLocation.embedded(data, dir.resolve("keys")))) {
            assertThat(store).isNotNull();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
