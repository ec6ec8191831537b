package org.vigil.app.web;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.vigil.store.Store;

import java.util.HashMap;
import java.util.Map;

/** Starts and stops the web application over an open store. */
public final class WebServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String url;

    private WebServer(ConfigurableApplicationContext context, String url) {
        this.context = context;
        this.url = url;
    }

    /**
     * Serves a store.
     *
     * @param bind the address to listen on; 127.0.0.1 keeps the server off the network
     * @param port the port, or 0 for any free port
     */
    public static WebServer start(Store store, String bind, int port) {
        SpringApplication app = new SpringApplication(VigilWebApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", port);
        props.put("server.address", bind);
        props.put("spring.main.register-shutdown-hook", true);
        app.setDefaultProperties(props);
        app.addInitializers(ctx -> ((GenericApplicationContext) ctx).registerBean(Store.class, () -> store));
        ConfigurableApplicationContext context = app.run();
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        String host = "0.0.0.0".equals(bind) ? "localhost" : bind;
        return new WebServer(context, "http://" + host + ":" + actual + "/");
    }

    /** The address to open in a browser. */
    public String url() {
        return url;
    }

    /** Blocks until the server is stopped (Ctrl-C). */
    public void awaitShutdown() throws InterruptedException {
        while (context.isActive()) {
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
