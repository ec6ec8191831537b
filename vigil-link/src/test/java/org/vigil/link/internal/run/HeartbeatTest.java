package org.vigil.link.internal.run;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A long stage is never silent: a progress line comes at least once per period (10 s in real runs). */
class HeartbeatTest {

    /** Progress that hands notes and steps alike to {@code sink}. */
    private static Progress notes(BiConsumer<String, String> sink) {
        return new Progress() {
            @Override
            public void step(String phase, long done, long total) {
                sink.accept(phase, done + " of " + total);
            }

            @Override
            public void note(String phase, String detail) {
                sink.accept(phase, detail);
            }
        };
    }

    @Test
    void cancellingIsAskedOfTheWrappedProgress() {
        Progress stopped = new Progress() {
            @Override
            public void step(String phase, long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        try (Heartbeat beat = new Heartbeat(stopped, 1_000_000_000L)) {
            assertThat(beat.cancelled()).isTrue();
        }
    }

    @Test
    void aSilentStageIsRepeatedWithWhatItHasDone() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (Heartbeat beat = new Heartbeat(notes((stage, detail) -> lines.add(stage + ": " + detail)), 100_000_000L)) {
            beat.note("cluster", "threshold 0.5");
            beat.watch(() -> "7 of 9 pairs above the threshold considered");
            Thread.sleep(450);
        }
        assertThat(lines.get(0)).isEqualTo("cluster: threshold 0.5");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines.get(1)).startsWith("cluster: still running after ")
                .endsWith(": 7 of 9 pairs above the threshold considered");
    }

    @Test
    void aStageThatSpeaksOftenGetsNoExtraLines() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (Heartbeat beat = new Heartbeat(notes((stage, detail) -> lines.add(stage)), 300_000_000L)) {
            for (int i = 0; i < 10; i++) {
                beat.step("compare", i, 10);
                Thread.sleep(50);
            }
        }
        assertThat(lines).hasSize(10);
    }
}
