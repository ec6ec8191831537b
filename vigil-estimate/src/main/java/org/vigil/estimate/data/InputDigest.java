package org.vigil.estimate.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** SHA-256 digests of estimation inputs, for provenance. */
public final class InputDigest {

    private InputDigest() {
    }

    /** SHA-256 of bytes as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The aggregated CSV text of histories (stratum column first when stratified): what in-memory
     * data is hashed as, so the same counts always give the same hash.
     */
    public static byte[] canonicalText(StratifiedHistory history) {
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
