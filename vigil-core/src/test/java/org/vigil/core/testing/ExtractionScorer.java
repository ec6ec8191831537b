package org.vigil.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the judge's extraction scorer ({@code shared/tools/score_extraction.py}) with python3 — the one place
 * tests start it, so that the seed, report and corpus tests read its score the same way. Not ported: its
 * numbers are the ones the project is judged by.
 */
public final class ExtractionScorer {

    private static final Pattern SCORE_LINE = Pattern.compile("^score: ([0-9.]+)");
    private static final int SECONDS = 60;

    private ExtractionScorer() {
    }

    /**
     * The scorer's answer.
     *
     * @param score  its last line's score, the mean F1 over the scored fields
     * @param output everything it printed
     */
    public record Scored(double score, String output) {
    }

    /** Whether python3 can be started here (tests skip the scorer runs, with a message, where it cannot). */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Scores predicted facts against gold facts.
     *
     * @throws IllegalStateException when the scorer cannot start, takes more than a minute or prints no score
     */
    public static Scored score(Path scorer, Path gold, Path predicted, boolean verbose) {
        List<String> command = new ArrayList<>(List.of("python3", scorer.toString(), gold.toString(),
                predicted.toString()));
        if (verbose) {
            command.add("--verbose");
        }
        String output;
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the scorer did not finish in " + SECONDS + " s on " + predicted);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run python3 " + scorer + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring " + predicted, e);
        }
        List<String> lines = output.lines().toList();
        Matcher m = SCORE_LINE.matcher(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
        if (!m.find()) {
            throw new IllegalStateException("the scorer gave no score on " + predicted + ":\n" + output);
        }
        return new Scored(Double.parseDouble(m.group(1)), output);
    }
}
