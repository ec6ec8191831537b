package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages Tomcat writes itself, for requests too malformed to reach the application, carry the same
 * security headers as the application's pages (security round two: its 400 pages had none).
 */
class ServerErrorHeadersTest {

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends a raw request line, as a browser never would, and returns the whole answer. */
    private static String raw(String requestLine) throws IOException {
        URI base = URI.create(server.url());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.getOutputStream().write((requestLine + "\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1", "GET /a/../../etc/passwd HTTP/1.1", "GET /;jsessionid=..;/ HTTP/1.1",
            "GET /search?q=%zz HTTP/1.1", "GET /x{y} HTTP/1.1"})
    void aMalformedRequestGetsAnErrorWithTheSecurityHeaders(String requestLine) throws IOException {
        String answer = raw(requestLine);
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
        assertThat(head).startsWith("http/1.1 4");
        assertThat(head).contains("content-security-policy: default-src 'self'")
                .contains("x-content-type-options: nosniff").contains("x-frame-options: deny")
                .contains("referrer-policy: same-origin");
    }
}
