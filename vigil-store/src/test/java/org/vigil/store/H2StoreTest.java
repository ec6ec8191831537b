package org.vigil.store;

import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.testing.StoreTarget;

import java.nio.file.Path;

/** The store contract on embedded H2, the default store. */
class H2StoreTest extends StoreContract {

    @TempDir
    Path dir;

    private StoreTarget target;

    @Override
    protected StoreTarget target() {
        if (target == null) {
            target = StoreTarget.h2(dir);
        }
        return target;
    }

    @Override
    protected Path scratch() {
        return dir;
    }
}
