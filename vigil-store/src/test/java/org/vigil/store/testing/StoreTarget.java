package org.vigil.store.testing;

import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;

import java.nio.file.Path;

/** A place to create fresh, empty stores for a test: an H2 directory or a PostgreSQL database. */
public interface StoreTarget extends AutoCloseable {

    /** A location for a new empty data set, with its own key directory. */
    StoreLocation freshLocation();

    /** A human name for test reports. */
    String name();

    /** Opens a fresh store. */
    default Store freshStore() {
        return Store.open(freshLocation());
    }

    @Override
    default void close() {
    }

    /** Embedded H2 under a temporary directory. */
    static StoreTarget h2(Path root) {
        return new StoreTarget() {
            private int n;

            @Override
            public StoreLocation freshLocation() {
                n++;
                return StoreLocation.embedded(root.resolve("data" + n), root.resolve("keys" + n));
            }

            @Override
            public String name() {
                return "H2";
            }
        };
    }
}
