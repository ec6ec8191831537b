package org.vigil.app;

import org.vigil.app.cli.AccountCommand;
import org.vigil.app.cli.BackupCommand;
import org.vigil.app.cli.CommandErrors;
import org.vigil.app.cli.DemoCommand;
import org.vigil.app.cli.ExportCommand;
import org.vigil.app.cli.ImportCommand;
import org.vigil.app.cli.KeysCommand;
import org.vigil.app.cli.ReportCommand;
import org.vigil.app.cli.RestoreCommand;
import org.vigil.app.cli.ServeCommand;
import org.vigil.app.cli.VerifyCommand;
import org.vigil.app.cli.VersionLine;
import org.vigil.app.cli.estimate.EstimateCommand;
import org.vigil.app.cli.extract.ExtractCommand;
import org.vigil.app.cli.link.LinkCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;

/** The {@code vigil} command: every subcommand of the command-line contract. */
@Command(name = "vigil", mixinStandardHelpOptions = true, versionProvider = VersionLine.class,
        description = "Document, link, count and report human-rights violations.",
        subcommands = {DemoCommand.class, ServeCommand.class, ImportCommand.class, ExportCommand.class,
                VerifyCommand.class, BackupCommand.class, RestoreCommand.class, KeysCommand.class,
                EstimateCommand.class, ExtractCommand.class, LinkCommand.class, ReportCommand.class, AccountCommand.class,
                CommandLine.HelpCommand.class})
public final class Vigil implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status (serve and demo return only when the server stops). */
    public static void main(String[] args) {
        int status = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(status);
    }

    /** Runs a command line with the given output streams and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = CommandErrors.install(new CommandLine(new Vigil()));
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
