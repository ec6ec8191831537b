package org.vigil.app.web.security;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Puts the security headers on every answer Tomcat gives, before the request reaches the application.
 * A request too malformed for the application (an undecodable path, a path that climbs above the root,
 * characters a URL may not hold) is answered by Tomcat's own error page, which Spring Security never sees:
 * without this, such pages went out without a content security policy, framing or sniffing rules. The
 * application's own pages set the same values again.
 */
@Component
public class ServerErrorHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new HeaderValve());
    }

    /** The first valve of the engine: sets the headers, then passes the request on. */
    static final class HeaderValve extends ValveBase {

        HeaderValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            response.setHeader("Content-Security-Policy", SecurityConfig.CSP);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            getNext().invoke(request, response);
        }
    }
}
