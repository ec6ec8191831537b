package org.vigil.link;

import org.vigil.core.json.VigilJson;
import org.vigil.link.input.InputFile;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * How a linkage result was made: enough to reproduce it byte for byte.
 *
 * @param method         the method and its variant
 * @param vigilVersion   the Vigil version that ran it
 * @param seed           the seed of the random pair sample
 * @param inputs         the input files (or in-memory sources) with their SHA-256
 * @param settingsSha256 SHA-256 of the settings as a settings file
 * @param settings       the settings themselves
 */
public record Provenance(String method, String vigilVersion, long seed, List<InputFile> inputs, String settingsSha256,
                         LinkSettings settings) {

    /** Method name of a full run. */
    public static final String FULL = "fellegi-sunter; u by random sampling, m by EM per blocking rule; "
            + "average-linkage clustering with threshold and cohesion";
    /** Method name of an incremental run. */
    public static final String INCREMENTAL = "fellegi-sunter (model of the previous run); new records only; "
            + "existing clusters kept";

    /** Copies the list. */
    public Provenance {
        inputs = List.copyOf(inputs);
    }

    /** The provenance of a run. */
    static Provenance of(String method, List<InputFile> inputs, LinkSettings settings) {
        return new Provenance(method, version(), settings.seed(), inputs,
                VigilJson.sha256Hex(SettingsReader.write(settings, Optional.empty())), settings);
    }

    /** The Vigil version of this library, from its build. */
    public static String version() {
        try (InputStream in = Provenance.class.getResourceAsStream("vigil-link.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
