package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.users.UserAccounts;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stranger who can reach the login page cannot shut people out for long (security round two,
 * finding 6): a lock lasts at most a quarter hour however many guesses follow, and a browser that
 * has signed in to an account before still gets in while the account is locked and its address is
 * throttled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginLockTest {

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

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    @Order(1) // before the address is throttled: 10 failures leave the address 10 more before it is throttled
    void guessingOnWhileLockedNeitherExtendsTheLockNorLetsItExceedAQuarterHour() {
        for (int i = 0; i < 10; i++) {
            new WebSession(server.url()).login("viewer2", "wrong password " + i);
        }
        var locked = server.accounts().find("viewer2").orElseThrow();
        assertThat(server.accounts().locked(locked)).as("five failures lock the account").isTrue();
        Instant until = Instant.parse(locked.lockedUntil().orElseThrow());
        // The lock grew 30 s doubling with every failure, locked or not, before the fix: 16 minutes here, 34 hours after 17.
        assertThat(until).isBefore(Instant.now().plus(UserAccounts.LONGEST_LOCK).plusSeconds(5));
        assertThat(Duration.between(Instant.now(), until)).isLessThanOrEqualTo(Duration.ofSeconds(31));
    }

    @Test
    @Order(2)
    void aBrowserThatSignedInBeforeStillGetsInWhileAStrangerHasLockedTheAccountAndThrottledTheAddress() {
        WebSession owner = new WebSession(server.url());
        assertThat(location(owner.login("researcher2", TestServer.PASSWORD))).doesNotContain("error");

        int status = 0;
        for (int i = 0; i < 30 && status != 429; i++) {
            status = new WebSession(server.url()).login("researcher2", "guess " + i).statusCode();
        }
        assertThat(status).as("the stranger's address is throttled").isEqualTo(429);
        assertThat(server.accounts().locked(server.accounts().find("researcher2").orElseThrow())).isTrue();

        var back = owner.login("researcher2", TestServer.PASSWORD);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).doesNotContain("error");
        assertThat(owner.get("/").statusCode()).isEqualTo(200);

        // The same stranger, without the owner's cookie, is still refused.
        assertThat(new WebSession(server.url()).login("researcher2", TestServer.PASSWORD).statusCode()).isEqualTo(429);
    }
}
