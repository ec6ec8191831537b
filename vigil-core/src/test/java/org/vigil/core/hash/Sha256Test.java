package org.vigil.core.hash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** SHA-256 as sha256sum prints it. */
class Sha256Test {

    // FIPS 180-2, Appendix B.1: SHA-256("abc").
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void bytesTextStreamsAndFilesGiveTheStandardDigest(@TempDir Path folder) throws Exception {
        assertThat(Sha256.hex("abc".getBytes())).isEqualTo(ABC);
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex(new ByteArrayInputStream("abc".getBytes()))).isEqualTo(ABC);
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc");
        assertThat(Sha256.hex(file)).isEqualTo(ABC);
    }

    @Test
    void theEmptyInputHasTheKnownDigest() {
        // FIPS 180-2 test vectors: SHA-256 of the empty string.
        assertThat(Sha256.hex(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
