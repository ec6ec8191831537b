package org.vigil.app.cli;

import org.junit.jupiter.api.Test;
import org.vigil.app.Vigil;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.io.BadInputException;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command fails the same way: one line that names the command, exit 2 for what the user can fix. */
class CommandErrorsTest {

    private static List<String> commands() {
        return new CommandLine(new Vigil()).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help")).sorted().toList();
    }

    @Test
    void aWrongOptionNamesTheCommandAndExitsWithTwoOnEveryCommand() {
        assertThat(commands()).contains("demo", "import", "export", "verify", "report", "link", "estimate", "extract");
        for (String command : commands()) {
            CommandLineRun run = CommandLineRun.of(command, "--no-such-option");
            assertThat(run.status()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).startsWith("vigil " + command + ": ")
                    .contains("(see 'vigil " + command + " --help')");
            assertThat(run.err().lines().count()).as(command).isEqualTo(1);
        }
    }

    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new Vigil()), new ArrayList<>(), paths);
        assertThat(paths).contains(List.of("keys", "passphrase"));
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
            assertThat(run.status()).as(String.join(" ", path)).isZero();
            assertThat(run.out()).as(String.join(" ", path)).contains("Usage:");
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> here = new ArrayList<>(path);
                here.add(name);
                paths.add(here);
                collect(sub, here, paths);
            }
        });
    }

    @Test
    void badInputIsTheUsersToFixAndAnyOtherFailureIsNot() {
        assertThat(CommandErrors.isBadInput(new BadInputException("lists.csv", 4, "", "not UTF-8"))).isTrue();
        assertThat(CommandErrors.isBadInput(new InvalidDataException(new Problem("a.json", 3, "$.persons[0].sex", "x is not a term")))).isTrue();
        assertThat(CommandErrors.isBadInput(new RuntimeException("wrapped", new BadInputException("a", "b")))).isTrue();
        assertThat(CommandErrors.isBadInput(new IllegalStateException("the disk is full"))).isFalse();
    }

    @Test
    void aReasonIsOneLineEvenWhenTheMessageIsNot() {
        assertThat(CommandErrors.reason(new IllegalStateException("first line\nsecond line"))).isEqualTo("first line");
        assertThat(CommandErrors.reason(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
