package org.vigil.core.provenance;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a result was computed, enough for anyone to compute it again and get the same bytes: the method,
 * every setting in force (defaults included), the random seed, each input with its SHA-256, and the
 * version of Vigil. Every engine (extraction, linkage, estimation, reports) records this one shape.
 *
 * @param method       what was done, e.g. "fellegi-sunter" or "lcmcr"
 * @param settings     every setting by name, in name order; values are strings, numbers, booleans, lists or maps
 * @param seed         the random seed (0 for methods without randomness)
 * @param inputs       the inputs read, in the order they were read
 * @param vigilVersion the Vigil version that computed it
 */
public record Provenance(String method, Map<String, Object> settings, long seed, List<InputDigest> inputs,
                         String vigilVersion) {

    /** Copies the settings in name order and the inputs. */
    public Provenance {
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        inputs = List.copyOf(inputs);
    }

    /** The provenance of a computation by the running version of Vigil. */
    public static Provenance of(String method, Map<String, ?> settings, long seed, List<InputDigest> inputs) {
        return new Provenance(method, Map.copyOf(settings), seed, inputs, VigilVersion.current());
    }
}
