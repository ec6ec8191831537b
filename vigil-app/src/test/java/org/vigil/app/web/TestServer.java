package org.vigil.app.web;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.vigil.app.demo.DemoData;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.nio.file.Path;

/** A running Vigil web application over a fresh data set with one account per role, for tests. */
public final class TestServer implements AutoCloseable {

    /** Every test account's password. */
    public static final String PASSWORD = "correct horse battery";

    private final Store store;
    private final UserAccounts accounts;
    private final WebServer server;

    private TestServer(Store store, UserAccounts accounts, WebServer server) {
        this.store = store;
        this.accounts = accounts;
        this.server = server;
    }

    /** Starts a server over the demo data set with accounts admin, researcher, reviewer, viewer. */
    public static TestServer start(Path dir) {
        Store store = Store.open(StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys")));
        DemoData.loadInto(store);
        UserAccounts accounts = new UserAccounts(store);
        Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        String hash = encoder.encode(PASSWORD);
        for (Role role : Role.values()) {
            accounts.create(role.code(), "Test " + role.code(), role, hash, "test");
        }
        accounts.create("viewer2", "Second viewer", Role.VIEWER, hash, "test");
        accounts.create("researcher2", "Second researcher", Role.RESEARCHER, hash, "test");
        return new TestServer(store, accounts, WebServer.start(store, "127.0.0.1", 0));
    }

    /** The store behind the server. */
    public Store store() {
        return store;
    }

    /** The accounts of the store behind the server, for tests that assign records or make tokens. */
    public UserAccounts accounts() {
        return accounts;
    }

    /** The base URL. */
    public String url() {
        return server.url();
    }

    /** A new session signed in as a user. */
    public WebSession as(String username) {
        WebSession s = new WebSession(url());
        var r = s.login(username, PASSWORD);
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login as " + username + " failed: " + r.statusCode() + " "
                    + r.headers().firstValue("Location").orElse(""));
        }
        return s;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
