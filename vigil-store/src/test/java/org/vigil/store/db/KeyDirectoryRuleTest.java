package org.vigil.store.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for where a data set's keys are: the given directory, else the environment's, else the user's. */
class KeyDirectoryRuleTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void aGivenDirectoryWins() {
        assertThat(StoreLocation.keyDirectoryFor(Optional.of(Path.of("/media/usb/keys")), Optional.of("/srv/keys"),
                HOME)).isEqualTo(Path.of("/media/usb/keys"));
    }

    @Test
    void elseTheEnvironmentNamesIt() {
        assertThat(StoreLocation.keyDirectoryFor(Optional.empty(), Optional.of("/srv/keys"), HOME))
                .isEqualTo(Path.of("/srv/keys"));
    }

    @Test
    void elseTheUsersConfigurationHoldsIt() {
        assertThat(StoreLocation.keyDirectoryFor(Optional.empty(), Optional.empty(), HOME))
                .isEqualTo(Path.of("/home/ana/.config/vigil/keys"));
        assertThat(StoreLocation.keyDirectoryFor(Optional.empty(), Optional.of(" "), HOME))
                .as("a blank VIGIL_KEY_DIR counts as unset").isEqualTo(Path.of("/home/ana/.config/vigil/keys"));
    }
}
