package org.vigil.estimate.data;

import org.vigil.core.hash.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Map;

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
        return new CaptureData(history, Sha256.hex(canonicalText(history)), source);
    }

    /**
     * The aggregated CSV text of histories (stratum column first when stratified): what in-memory data is
     * hashed as, so the same counts always give the same hash.
     */
    static byte[] canonicalText(StratifiedHistory history) {
        StringBuilder s = new StringBuilder();
        if (history.stratified()) {
            s.append("stratum,");
        }
        s.append(String.join(",", history.lists())).append(",count\n");
        int j = history.lists().size();
        for (Map.Entry<String, CaptureHistory> e : history.asMap().entrySet()) {
            for (int p = 1; p < (1 << j); p++) {
                if (history.stratified()) {
                    s.append(e.getKey()).append(',');
                }
                for (int i = j - 1; i >= 0; i--) {
                    s.append((p >> i) & 1).append(',');
                }
                s.append(e.getValue().count(p)).append('\n');
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
