package org.vigil.link.internal.run;

import org.vigil.core.provenance.InputDigest;
import org.vigil.core.provenance.Provenance;
import org.vigil.core.provenance.VigilVersion;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.state.LinkageStateJson;

import java.util.List;
import java.util.Map;

/** The core {@link Provenance} of a linkage run: the method, every setting, the seed and the inputs. */
public final class LinkProvenance {

    /** Method name of a full run. */
    public static final String FULL = "fellegi-sunter; u by random sampling, m by EM per blocking rule; "
            + "average-linkage clustering with threshold and cohesion";
    /** Method name of an incremental run. */
    public static final String INCREMENTAL = "fellegi-sunter (model of the previous run); new records only; "
            + "existing clusters kept";

    private LinkProvenance() {
    }

    /**
     * The provenance of a run. The settings are written as the linkage JSON writes them (the same object
     * a version 1 state held), so that a state's provenance reads the same before and after the upgrade.
     */
    public static Provenance of(String method, List<InputDigest> inputs, LinkSettings settings) {
        Map<String, Object> values = LinkageStateJson.settingsMap(settings);
        return new Provenance(method, values, settings.seed(), inputs, VigilVersion.current());
    }
}
