package org.vigil.app.cli.link;

import org.vigil.core.run.Progress;

import java.io.PrintWriter;

/**
 * Progress of {@code vigil link} as lines on standard error, each with the seconds since the start:
 * {@code vigil link: [  3.2s] compare: 120,000 of 1,400,000}. Counted steps print at most one line a
 * second, so that a million pairs do not make a million lines; notes always print.
 */
final class StandardErrorProgress implements Progress {

    private static final long STEP_INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long start;
    private long lastStep;

    StandardErrorProgress(PrintWriter err, long start) {
        this.err = err;
        this.start = start;
        this.lastStep = start - STEP_INTERVAL_NANOS;
    }

    @Override
    public void note(String phase, String detail) {
        line(phase, detail);
    }

    @Override
    public void step(String phase, long done, long total) {
        long now = System.nanoTime();
        if (now - lastStep < STEP_INTERVAL_NANOS) {
            return;
        }
        lastStep = now;
        line(phase, total > 0 ? String.format("%,d of %,d", done, total) : String.format("%,d", done));
    }

    @Override
    public boolean cancelled() {
        // Ctrl-C ends the JVM; an interrupted thread (an embedding program stopping the command) stops the run.
        return Thread.currentThread().isInterrupted();
    }

    private void line(String phase, String detail) {
        err.printf("vigil link: [%5.1fs] %s: %s%n", (System.nanoTime() - start) / 1e9, phase, detail);
        err.flush();
    }
}
