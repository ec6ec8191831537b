package org.vigil.app.cli;

import org.vigil.app.web.WebServer;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vigil.core.io.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vigil serve}: the web application over a data set. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web application.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Store s = store.open();
        Optional<Path> serving = s.location().dataDirectory().map(d -> d.resolve(Store.SERVING_FILE));
        try (WebServer server = WebServer.start(s, bind, port)) {
            // Says who holds the data set, so a command refused because it is in use can name this server.
            serving.ifPresent(f -> sayWhoServes(f, server.url()));
            Thread cleanup = new Thread(() -> serving.ifPresent(ServeCommand::forget));
            Runtime.getRuntime().addShutdownHook(cleanup);
            spec.commandLine().getOut().println("Vigil is serving " + store.location().describe() + " at "
                    + server.url() + " (Ctrl-C to stop)" + (s.locked()
                    ? "; the data set is locked: unlock it on the web page with its passphrase" : ""));
            spec.commandLine().getOut().flush();
            server.awaitShutdown();
        } finally {
            serving.ifPresent(ServeCommand::forget);
            s.close();
        }
        return 0;
    }

    private static void sayWhoServes(Path file, String url) {
        try {
            AtomicFile.writeString(file, "'vigil serve', process " + ProcessHandle.current().pid() + " at " + url + "\n");
        } catch (IOException e) {
            // Only the in-use message loses its detail.
        }
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stale note is harmless: it is read only while another process holds the data set.
        }
    }
}
