package org.vigil.app.cli;

import org.vigil.core.provenance.VigilVersion;
import picocli.CommandLine;

/** What {@code vigil --version} prints: the core's one version, so the command line and provenance agree. */
public final class VersionLine implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[]{"Vigil " + VigilVersion.current()};
    }
}
