package org.vigil.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Writes a command's result to standard output or, atomically, to the {@code --output} file. */
final class Output {

    private Output() {
    }

    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        OutputOption.write(file, text);
    }

    /** Writes bytes atomically to a file (binary output never goes to the terminal). */
    static void write(byte[] bytes, Path file) {
        OutputOption.write(file, bytes);
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
