package org.vigil.estimate.result;

/**
 * Where a result came from, enough to reproduce it byte for byte.
 *
 * @param method the method name as given to {@code --method}
 * @param inputSha256 SHA-256 of the input bytes
 * @param settings every setting of the method, defaults included
 * @param seed the random seed (unused by deterministic methods but recorded)
 * @param version the Vigil version
 */
public record Provenance(String method, String inputSha256, Object settings, long seed, String version) {
}
