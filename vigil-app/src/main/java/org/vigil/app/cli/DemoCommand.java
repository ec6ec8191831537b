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
import java.util.concurrent.Callable;

/** {@code vigil demo}: the demo data set in a fresh (or reused) directory, served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo data set (Kazakhstan, events of 2012) into a data directory and serve it. "
                + "Without --data a fresh temporary directory is used; an existing demo directory is reused.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: a new temporary directory).")
    Path data;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = data != null ? data : Files.createTempDirectory("vigil-demo-");
        // Demo keys live beside, not inside, the demo data directory: a throw-away data set with throw-away keys.
        Path keys = dir.toAbsolutePath().resolveSibling(dir.getFileName() + "-keys");
        var out = spec.commandLine().getOut();
        try (Store store = Store.open(StoreLocation.embedded(dir, keys))) {
            boolean loaded = DemoData.loadInto(store);
            out.println((loaded ? "Loaded the demo data set into " : "Reusing the data set in ") + dir.toAbsolutePath());
            var logins = org.vigil.app.demo.DemoAccounts.ensure(store, keys);
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
}
