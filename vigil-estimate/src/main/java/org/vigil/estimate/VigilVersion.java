package org.vigil.estimate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Vigil version recorded in provenance, from the build. */
public final class VigilVersion {

    private static final String VERSION = load();

    private VigilVersion() {
    }

    /** The version, e.g. "0.1.0-SNAPSHOT" ("unknown" outside a build). */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = VigilVersion.class.getResourceAsStream("vigil-estimate.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
