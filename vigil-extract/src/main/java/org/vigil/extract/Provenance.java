package org.vigil.extract;

import java.util.Map;

/**
 * How a result was computed, so that anyone can recompute it: the same input, settings and version give the
 * same bytes.
 *
 * @param method       the method ("rules": layout repair, gazetteers, patterns)
 * @param settings     the settings in force, by name
 * @param seed         the random seed (the rules use no randomness; recorded as 0 for uniformity)
 * @param inputSha256  SHA-256 of the input bytes
 * @param vigilVersion the version of Vigil that produced it
 */
public record Provenance(String method, Map<String, String> settings, long seed, String inputSha256,
                         String vigilVersion) {

    /** Copies the settings in a stable order. */
    public Provenance {
        settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
    }

    private static final String VERSION = readVersion();

    /** The version recorded in the jar's build, or "dev" when run from classes. */
    public static String currentVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (var in = Provenance.class.getResourceAsStream("/org/vigil/extract/version.properties")) {
            if (in == null) {
                return "dev";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (java.io.IOException e) {
            return "dev";
        }
    }
}
