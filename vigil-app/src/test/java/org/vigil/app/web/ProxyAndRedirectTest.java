package org.vigil.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redirects do not trust the Host header, and the session cookie is Secure when the request came over HTTPS
 * through a TLS proxy the operator declared — and only then (security round two, also-items).
 */
class ProxyAndRedirectTest {

    @TempDir
    Path dir;

    private static String raw(String url, String... headers) throws IOException {
        URI base = URI.create(url);
        StringBuilder request = new StringBuilder("GET /events HTTP/1.1\r\nConnection: close\r\n");
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.getInputStream().transferTo(out);
            String answer = out.toString(StandardCharsets.ISO_8859_1);
            return answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        }
    }

    private static String header(String head, String name) {
        return head.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElse("");
    }

    @Test
    void aRedirectIsRelativeWhateverTheHostHeaderSays() throws IOException {
        try (TestServer server = TestServer.start(dir)) {
            String head = raw(server.url(), "Host: attacker.example");
            assertThat(head).startsWith("http/1.1 302");
            // Before: "location: http://attacker.example/login".
            assertThat(header(head, "location")).isEqualTo("location: /login");
        }
    }

    @Test
    void forwardedHeadersAreIgnoredUnlessAProxyIsDeclared() throws IOException {
        try (TestServer server = TestServer.start(dir)) {
            String head = raw(server.url(), "Host: localhost", "X-Forwarded-Proto: https");
            assertThat(header(head, "set-cookie")).startsWith("set-cookie: jsessionid=").doesNotContain("secure");
        }
    }

    @Test
    void behindADeclaredTlsProxyTheSessionCookieIsSecure() throws IOException {
        System.setProperty("server.forward-headers-strategy", "native");
        try (TestServer server = TestServer.start(dir)) {
            String head = raw(server.url(), "Host: vigil.example.org", "X-Forwarded-Proto: https");
            assertThat(header(head, "set-cookie")).startsWith("set-cookie: jsessionid=").contains("secure");
            assertThat(header(head, "location")).isEqualTo("location: /login");
        } finally {
            System.clearProperty("server.forward-headers-strategy");
        }
    }
}
