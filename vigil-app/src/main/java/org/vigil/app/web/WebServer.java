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
        props.put("server.servlet.session.timeout", "30m");
        props.put("server.servlet.session.cookie.http-only", true);
        props.put("server.servlet.session.cookie.same-site", "strict");
        props.put("server.servlet.session.tracking-modes", "cookie");
        // Redirects say only the path ("Location: /login"): an absolute one would be built from the Host
        // header, which the client chooses.
        props.put("server.tomcat.use-relative-redirects", true);
        // Forwarded headers (X-Forwarded-For, X-Forwarded-Proto) are ignored unless the operator says a TLS
        // proxy is in front: SERVER_FORWARD_HEADERS_STRATEGY=native (docs/security.md). Then
        // Tomcat trusts them from proxies on private and loopback addresses only, sees the request as HTTPS,
        // and marks the session cookie Secure.
        props.put("server.forward-headers-strategy", "none");
        props.put("server.error.include-stacktrace", "never");
        props.put("server.error.include-message", "never");
        props.put("spring.servlet.multipart.max-file-size", "50MB");
        props.put("spring.servlet.multipart.max-request-size", "51MB");
        props.put("spring.thymeleaf.cache", true);
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
