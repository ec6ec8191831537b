package org.vigil.link;

import org.vigil.link.block.BlockingReport;

import java.util.function.Supplier;

/**
 * A progress listener that guarantees a line at least every {@link #PERIOD_NANOS} in every stage:
 * when a stage has said nothing for that long, it repeats the stage with how far it has got (a
 * counter the stage exposes, else the time spent). A person watching a long run always sees it is alive.
 */
final class Heartbeat implements ProgressListener, AutoCloseable {

    /** Ten seconds. */
    static final long PERIOD_NANOS = 10_000_000_000L;

    private final ProgressListener inner;
    private final long period;
    private final Thread thread;
    private volatile boolean running = true;
    private String stage = "start";
    private long stageStart = System.nanoTime();
    private long last = System.nanoTime();
    private Supplier<String> detail = () -> "";

    Heartbeat(ProgressListener inner) {
        this(inner, PERIOD_NANOS);
    }

    /** A heartbeat with another period (tests). */
    Heartbeat(ProgressListener inner, long periodNanos) {
        this.inner = inner;
        this.period = periodNanos;
        this.thread = new Thread(this::beat, "link-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** Wraps a listener unless it ignores everything anyway. */
    static Heartbeat around(ProgressListener listener) {
        return new Heartbeat(listener);
    }

    @Override
    public synchronized void stage(String stage, String detail) {
        if (!stage.equals(this.stage)) {
            this.stageStart = System.nanoTime();
            this.detail = () -> "";
        }
        this.stage = stage;
        this.last = System.nanoTime();
        inner.stage(stage, detail);
    }

    @Override
    public synchronized void blocking(BlockingReport report) {
        this.last = System.nanoTime();
        inner.blocking(report);
    }

    /** What the current stage has done so far, asked for when a heartbeat line is due. */
    synchronized void watch(Supplier<String> progress) {
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
                    inner.stage(stage, "still running after " + (now - stageStart) / 1_000_000_000L + " s"
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
