package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new password is refused when it is blank, short, holds the account's name or is one of the first
 * passwords guessers try, and the refusal says which rule it broke (security round two: twelve spaces
 * were accepted). Checked where an administrator creates an account.
 */
class PasswordRulesTest {

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

    private static String create(String username, String password) {
        WebSession admin = server.as("admin");
        admin.get("/admin/users");
        return admin.post("/admin/users", Map.of("username", username, "displayName", "New person", "role", "viewer",
                "password", password)).body();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'            '         | the password is only spaces",
            "short words            | the password is too short: use at least 12 characters",
            "farida.k.2031          | the password contains the account name &#39;farida.k&#39;",
            "Password1234!          | the password is one of the most common passwords",
            "qwertyuiopas           | the password is one of the most common passwords",
            "abcabcabcabc           | the password is one of the most common passwords",
            "123456789012           | the password is one of the most common passwords"})
    void aWeakPasswordIsRefusedNamingTheRule(String password, String rule) {
        String body = create("farida.k", password);
        assertThat(body).contains(rule);
        assertThat(server.accounts().find("farida.k")).isEmpty();
    }

    @Test
    void aFewUnrelatedWordsAreAccepted() {
        assertThat(create("dauren.s", "saddle violet harbour")).doesNotContain("class=\"error\"");
        assertThat(server.accounts().find("dauren.s")).isPresent();
    }
}
