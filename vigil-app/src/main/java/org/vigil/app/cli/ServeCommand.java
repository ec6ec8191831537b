package org.vigil.app.cli;

import org.vigil.app.web.WebServer;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        try (WebServer server = WebServer.start(s, bind, port)) {
            spec.commandLine().getOut().println("Vigil is serving " + store.location().describe() + " at "
                    + server.url() + " (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            server.awaitShutdown();
        } finally {
            s.close();
        }
        return 0;
    }
}
