package org.vigil.app.cli;

/** Who runs a command, as the audit ledger names them. */
final class CommandLineUser {

    private CommandLineUser() {
    }

    /** The actor the ledger records for a command run by this operating-system user. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
