package org.vigil.app.web.security;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows guessing at a data set's passphrase. The passphrase is one secret for the whole server, so the
 * count is too: three failures in a row are free (typing mistakes), then each further attempt must wait
 * twice as long as the last, from one second up to ten minutes. Attempts during a wait are refused
 * without trying the passphrase. A success starts the count again.
 */
@Component
public class UnlockThrottle {

    private static final int FREE_FAILURES = 3;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private int failures;
    private Instant nextAllowed = Instant.MIN;

    /** How long until the next attempt is allowed, if it is not allowed now. */
    public synchronized Optional<Duration> wait(Instant now) {
        return now.isBefore(nextAllowed) ? Optional.of(Duration.between(now, nextAllowed)) : Optional.empty();
    }

    /** Counts a failed attempt and returns how many failed in a row. */
    public synchronized int failed(Instant now) {
        failures++;
        if (failures >= FREE_FAILURES) {
            long seconds = Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(20, failures - FREE_FAILURES));
            nextAllowed = now.plusSeconds(seconds);
        }
        return failures;
    }

    /** Starts the count again after a success. */
    public synchronized void succeeded() {
        failures = 0;
        nextAllowed = Instant.MIN;
    }
}
