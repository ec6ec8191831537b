package org.vigil.app.cli.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Vigil;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code vigil extract} command, run in-process through the {@code vigil} command line. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "extract";
        System.arraycopy(args, 0, line, 1, args.length);
        return Vigil.execute(line, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path example(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/extract-examples/" + name + ".txt")) {
            return Files.write(dir.resolve(name + ".txt"), in.readAllBytes());
        }
    }

    @Test
    void printsTheFactsAsJsonWithEvidence() throws IOException {
        int code = run(example("vietnam").toString(), "--format", "json", "--year", "2012");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("\"persons\"", "\"name\" : \"Le Quoc Binh\"", "\"evidence\"",
                "\"date\" : \"2012-04-19\"", "\"events_year\" : 2012");
    }

    @Test
    void writesToAFileWithOutput() throws IOException {
        Path target = dir.resolve("facts.json");

        int code = run(example("belarus").toString(), "--output", target.toString(), "--include-text");

        assertThat(code).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(target)).contains("\"Siarhei Ramanchuk\"", "\"text\" : ");
    }

    @Test
    void anEmptyFileIsUnusableInputWithOneLineAndNoStackTrace() throws IOException {
        int code = run(Files.writeString(dir.resolve("e.txt"), "").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("vigil extract: ").contains("is empty").doesNotContain("Exception");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBinaryFileIsUnusableInput() throws IOException {
        int code = run(Files.write(dir.resolve("b.bin"), new byte[] {1, 2, 0, 4, 5}).toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("looks like a binary file");
    }

    @Test
    void aFileOverTheLimitIsRefusedAtOnce() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }

        int code = run(big.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("50.0 MiB, over the 10.0 MiB limit");
    }

    @Test
    void aWrongEncodingIsRefusedAndTheEncodingOptionReadsIt() throws IOException {
        Path file = Files.write(dir.resolve("w.txt"),
                "Journalist Сергей Петренко was detained in Kyiv.".getBytes(Charset.forName("windows-1251")));

        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not valid UTF-8");
        assertThat(run(file.toString(), "--encoding", "windows-1251")).isZero();
    }

    @Test
    void badOptionsAreNamedOnALineOfTheirOwn() throws IOException {
        Path file = example("egypt");

        assertThat(run(file.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).startsWith("vigil extract: --format 'xml' is not supported");
        assertThat(run(file.toString(), "--max-size", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-size 'lots' is not a size");
        assertThat(run(file.toString(), "--encoding", "klingon")).isEqualTo(2);
        assertThat(err.toString()).contains("--encoding 'klingon' is not a known character set");
    }

    @Test
    void sizesAreReadWithUnits() {
        assertThat(ExtractCommand.parseSize("10MiB")).isEqualTo(10L * 1024 * 1024);
        assertThat(ExtractCommand.parseSize("500k")).isEqualTo(500L * 1024);
        assertThat(ExtractCommand.parseSize("123")).isEqualTo(123L);
    }

    @Test
    void aMissingFileIsUnusableInput() {
        assertThat(run(dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("vigil extract: ").contains("does not exist");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
    }
}
