package org.vigil.link;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A long stage is never silent: a progress line comes at least once per period (10 s in real runs). */
class HeartbeatTest {

    @Test
    void aSilentStageIsRepeatedWithWhatItHasDone() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (Heartbeat beat = new Heartbeat((stage, detail) -> lines.add(stage + ": " + detail), 100_000_000L)) {
            beat.stage("cluster", "threshold 0.5");
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
        try (Heartbeat beat = new Heartbeat((stage, detail) -> lines.add(stage), 300_000_000L)) {
            for (int i = 0; i < 10; i++) {
                beat.stage("compare", i + " pairs");
                Thread.sleep(50);
            }
        }
        assertThat(lines).hasSize(10);
    }
}
