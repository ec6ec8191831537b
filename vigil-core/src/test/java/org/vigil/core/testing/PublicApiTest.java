package org.vigil.core.testing;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared public-API check passes on an exact list and names what is missing or extra otherwise. */
class PublicApiTest {

    @Test
    void anExactListPasses() {
        assertThatCode(() -> PublicApi.assertExactly("org.vigil.core.hash", Set.of("org.vigil.core.hash.Sha256")))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnlistedPublicTypeIsNamed() {
        assertThatThrownBy(() -> PublicApi.assertExactly("org.vigil.core.hash", Set.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.vigil.core.hash.Sha256");
    }

    @Test
    void aListedTypeThatIsGoneIsNamed() {
        assertThatThrownBy(() -> PublicApi.assertExactly("org.vigil.core.hash",
                Set.of("org.vigil.core.hash.Sha256", "org.vigil.core.hash.Md5")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.vigil.core.hash.Md5");
    }
}
