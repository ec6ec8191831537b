package org.vigil.app.cli;

import org.vigil.app.demo.DemoData;
import org.vigil.app.web.WebServer;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vigil demo}: the demo data set in a fresh (or reused) directory, served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo data set (Kazakhstan, events of 2012) into a data directory and serve it. "
                + "Without --data a fresh temporary directory is used; an existing demo directory is reused.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: a new temporary directory).")
    Path data;

    @Option(names = "--key-dir", paramLabel = "DIR",
            description = "Directory of the data set's key files, as for every command "
                    + "(default: $VIGIL_KEY_DIR or ~/.config/vigil/keys).")
    Path keyDir;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = data != null ? data : Files.createTempDirectory("vigil-demo-");
        var out = spec.commandLine().getOut();
        try (Store store = Store.open(location(dir, keyDir))) {
            Path keys = store.location().keyDirectory();
            boolean loaded = DemoData.loadInto(store);
            out.println((loaded ? "Loaded the demo data set into " : "Reusing the data set in ") + dir.toAbsolutePath());
            // Logins per data set: the key directory is shared, and one demo's logins are no use on another's.
            var logins = org.vigil.app.demo.DemoAccounts.ensure(store, keys.resolve("demo-" + store.datasetId()));
            try (WebServer server = WebServer.start(store, bind, port)) {
                out.println("Vigil demo: open " + server.url());
                out.println("Demo logins (user / password):");
                logins.forEach(l -> out.printf("  %-11s %s%n", l.username(), l.password()));
                out.println("Keys: " + keys + "   Stop with Ctrl-C.");
                out.flush();
                server.awaitShutdown();
            }
        }
        return 0;
    }

    /**
     * The demo's data set keeps its keys where every other command looks for them, so {@code vigil verify
     * --data DIR} works on a demo directory as it is (see {@link StoreLocation#keyDirectoryFor}).
     */
    static StoreLocation location(Path dir, Path keyDir) {
        return StoreLocation.embedded(dir, StoreLocation.keyDirectoryFor(Optional.ofNullable(keyDir)));
    }
}
