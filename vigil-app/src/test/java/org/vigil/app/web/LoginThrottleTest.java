package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Repeated failed logins lock the account for a while and, from one address, slow to 429. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginThrottleTest {

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

    @Test
    @Order(1)
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            var r = new WebSession(server.url()).login("reviewer", "wrong password " + i);
            assertThat(r.headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        var right = new WebSession(server.url()).login("reviewer", TestServer.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElse("")).as("locked out for now").contains("/login?error");
        // Another account is not affected.
        var other = new WebSession(server.url()).login("viewer", TestServer.PASSWORD);
        assertThat(other.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    @Order(2)
    void manyFailuresFromOneAddressAreRefusedWith429() {
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = new WebSession(server.url()).login("nobody-" + i, "guess").statusCode();
        }
        assertThat(status).isEqualTo(429);
    }
}
