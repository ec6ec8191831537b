package org.vigil.app.cli;

import org.vigil.app.Vigil;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of running {@code vigil} in-process: exit status and what it printed. */
record CommandLineRun(int status, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Vigil.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandLineRun(status, out.toString(), err.toString());
    }
}
