package org.vigil.app.cli;

import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.io.BadInputException;
import picocli.CommandLine;

/**
 * How every command reports failure, so that scripts can rely on it: one line on standard error that starts
 * with {@code vigil <command>:} and says what went wrong; exit status 2 when the user can fix it (a wrong
 * option, a file that cannot be used), 1 when the work itself failed. No stack traces: they say nothing to
 * a researcher and can carry data into a log.
 */
public final class CommandErrors implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler {

    /** Exit status of a wrong option or unusable input. */
    public static final int BAD_USAGE_OR_INPUT = 2;
    /** Exit status of work that failed. */
    public static final int FAILED = 1;

    /** Installs the handler on a command line. */
    public static CommandLine install(CommandLine commandLine) {
        CommandErrors handler = new CommandErrors();
        commandLine.setExecutionExceptionHandler(handler);
        commandLine.setParameterExceptionHandler(handler);
        return commandLine;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        command.getErr().println(prefix(command) + reason(e));
        command.getErr().flush();
        return isBadInput(e) ? BAD_USAGE_OR_INPUT : FAILED;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        // A wrong option gets one line naming it, not the whole usage text.
        command.getErr().println(prefix(command) + reason(e) + " (see '"
                + command.getCommandSpec().qualifiedName(" ") + " --help')");
        command.getErr().flush();
        return BAD_USAGE_OR_INPUT;
    }

    /** True for failures the user can fix by changing the input or the options. */
    static boolean isBadInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException || t instanceof InvalidDataException
                    || t instanceof CommandLine.ParameterException) {
                return true;
            }
        }
        return false;
    }

    /** "vigil link: ", or "vigil: " for the top-level command. */
    static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ") + ": ";
    }

    /** A one-line reason without a stack trace. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
