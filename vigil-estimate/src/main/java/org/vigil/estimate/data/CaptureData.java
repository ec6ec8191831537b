package org.vigil.estimate.data;

/**
 * Capture histories read from an input, with the SHA-256 of the input bytes for provenance.
 *
 * @param history the histories per stratum
 * @param inputSha256 SHA-256 of the input as lower-case hex
 * @param source where the data came from (file name or description)
 */
public record CaptureData(StratifiedHistory history, String inputSha256, String source) {

    /** Data built in memory (e.g. from the store); the hash is of a canonical text of the counts. */
    public static CaptureData of(StratifiedHistory history, String source) {
        return new CaptureData(history, InputDigest.sha256(InputDigest.canonicalText(history)), source);
    }
}
