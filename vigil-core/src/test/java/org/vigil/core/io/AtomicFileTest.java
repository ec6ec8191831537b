package org.vigil.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is replaced whole or not at all, and no temporary file is left behind. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writesAndReplacesAFile() throws IOException {
        Path file = folder.resolve("out/result.json");
        AtomicFile.writeString(file, "first");
        AtomicFile.writeString(file, "second");
        assertThat(Files.readString(file)).isEqualTo("second");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("result.json");
        AtomicFile.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    void aSecretIsReadableByItsOwnerOnly() throws IOException {
        Path key = folder.resolve("data.key");
        AtomicFile.writeSecret(key, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(key)).containsExactly(1, 2, 3);
        if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }
}
