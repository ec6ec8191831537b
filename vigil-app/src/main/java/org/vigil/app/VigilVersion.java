package org.vigil.app;

import picocli.CommandLine;

/** The version string of the running Vigil. */
public final class VigilVersion implements CommandLine.IVersionProvider {

    /** The implementation version from the jar manifest, or "development" when run from classes. */
    public static String current() {
        String v = VigilVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"Vigil " + current()};
    }
}
