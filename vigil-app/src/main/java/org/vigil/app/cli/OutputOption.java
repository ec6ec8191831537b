package org.vigil.app.cli;

import org.vigil.core.io.AtomicFile;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --output} option every command that writes a result shares: standard output when absent,
 * otherwise the file, written whole or not at all so that an interrupted run never leaves half a result.
 */
public final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to this file (replaced whole, atomically) instead of standard output.")
    private Path file;

    /** The file named by {@code --output}, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Writes text to the file or, without {@code --output}, to {@code out}. */
    public void write(String text, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        write(file, text);
    }

    /** Writes text to a file atomically. */
    public static void write(Path target, String text) {
        try {
            AtomicFile.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " (" + e.getMessage()
                    + "): check that the folder exists and is writable", e);
        }
    }

    /** Writes bytes to a file atomically. */
    public static void write(Path target, byte[] bytes) {
        try {
            AtomicFile.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " (" + e.getMessage()
                    + "): check that the folder exists and is writable", e);
        }
    }
}
