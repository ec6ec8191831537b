package org.vigil.link.internal.run;

import org.vigil.core.run.Progress;

import java.util.function.Supplier;

/**
 * Progress that guarantees a line at least every {@link #PERIOD_NANOS} in every phase: when a phase has
 * said nothing for that long, it repeats the phase as a note with how far it has got (a counter the phase
 * exposes, else the time spent). A person watching a long run always sees it is alive. Cancellation is
 * the wrapped progress's.
 */
public final class Heartbeat implements Progress, AutoCloseable {

    /** Ten seconds. */
    static final long PERIOD_NANOS = 10_000_000_000L;

    private final Progress inner;
    private final long period;
    private final Thread thread;
    private volatile boolean running = true;
    private String phase = "start";
    private long phaseStart = System.nanoTime();
    private long last = System.nanoTime();
    private Supplier<String> detail = () -> "";

    /** A heartbeat with another period (tests). */
    Heartbeat(Progress inner, long periodNanos) {
        this.inner = inner;
        this.period = periodNanos;
        this.thread = new Thread(this::beat, "link-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** Wraps progress with a ten-second heartbeat. */
    public static Heartbeat around(Progress progress) {
        return new Heartbeat(progress, PERIOD_NANOS);
    }

    @Override
    public synchronized void note(String phase, String detail) {
        enter(phase);
        inner.note(phase, detail);
    }

    @Override
    public synchronized void step(String phase, long done, long total) {
        enter(phase);
        inner.step(phase, done, total);
    }

    @Override
    public boolean cancelled() {
        return inner.cancelled();
    }

    private void enter(String phase) {
        if (!phase.equals(this.phase)) {
            this.phaseStart = System.nanoTime();
            this.detail = () -> "";
        }
        this.phase = phase;
        this.last = System.nanoTime();
    }

    /** What the current phase has done so far, asked for when a heartbeat line is due. */
    public synchronized void watch(Supplier<String> progress) {
        this.detail = progress;
    }

    private void beat() {
        while (running) {
            try {
                Thread.sleep(Math.max(10, Math.min(500, period / 4_000_000)));
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                long now = System.nanoTime();
                if (running && now - last >= period) {
                    String done = detail.get();
                    inner.note(phase, "still running after " + (now - phaseStart) / 1_000_000_000L + " s"
                            + (done.isEmpty() ? "" : ": " + done));
                    last = now;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
