package org.vigil.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Vigil that is running, as the build wrote it; "development" when run from unbuilt classes. */
public final class VigilVersion {

    private static final String CURRENT = read();

    private VigilVersion() {
    }

    /** The version, e.g. "0.1.0-SNAPSHOT". */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = VigilVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            // An unfiltered file (an IDE copying resources itself) still holds the Maven placeholder.
            return v.isBlank() || v.startsWith("${") ? "development" : v;
        } catch (IOException e) {
            return "development";
        }
    }
}
