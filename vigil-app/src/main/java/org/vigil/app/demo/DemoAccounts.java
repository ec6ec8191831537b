package org.vigil.app.demo;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.vigil.core.io.AtomicFile;
import org.vigil.store.Store;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * One demo account per role, with random passwords kept in a file beside the demo's keys (never in the
 * data directory), so a reused demo directory prints the same logins again.
 */
public final class DemoAccounts {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private DemoAccounts() {
    }

    /** A demo login. */
    public record Login(String username, String role, String password) {
    }

    /** Creates the demo accounts if the store has none, and returns the logins. */
    public static List<Login> ensure(Store store, Path keyDirectory) {
        Path file = keyDirectory.resolve("demo-logins.txt");
        UserAccounts accounts = new UserAccounts(store);
        try {
            if (!accounts.none() && Files.exists(file)) {
                return read(file);
            }
            if (!accounts.none()) {
                return List.of();
            }
            Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
            List<Login> logins = new ArrayList<>();
            for (Role role : Role.values()) {
                String username = role.code();
                String password = randomPassword();
                accounts.create(username, "Demo " + role.code(), role, encoder.encode(password), "demo");
                logins.add(new Login(username, role.code(), password));
            }
            Files.createDirectories(keyDirectory);
            StringBuilder text = new StringBuilder();
            logins.forEach(l -> text.append(l.username()).append(' ').append(l.role()).append(' ')
                    .append(l.password()).append('\n'));
            // Passwords: readable by their owner only, like the key file beside them.
            AtomicFile.writeSecret(file, text.toString().getBytes(StandardCharsets.UTF_8));
            return logins;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo logins in " + file, e);
        }
    }

    private static List<Login> read(Path file) throws IOException {
        List<Login> logins = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            if (parts.length == 3) {
                logins.add(new Login(parts[0], parts[1], parts[2]));
            }
        }
        return logins;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
