package org.vigil.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.testing.PostgresTarget;
import org.vigil.store.testing.StoreTarget;

import java.nio.file.Path;

/** The store contract on a real PostgreSQL 17 server, the production store. */
class PostgresStoreTest extends StoreContract {

    @TempDir
    static Path dir;
    private static PostgresTarget postgres;

    @BeforeAll
    static void start() {
        postgres = new PostgresTarget(dir);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Override
    protected StoreTarget target() {
        return postgres;
    }

    @Override
    protected Path scratch() {
        return dir;
    }
}
