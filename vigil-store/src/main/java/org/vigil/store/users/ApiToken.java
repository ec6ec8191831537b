package org.vigil.store.users;

import java.util.Optional;

/**
 * An API token as its owner may see it: never the token itself, which is shown once when it is made.
 *
 * @param id         the first 12 hex digits of the token's SHA-256, which name it in lists and the ledger
 * @param label      what its owner said it is for
 * @param createdAt  when it was made (ISO 8601)
 * @param lastUsedAt when a request last carried it, if ever
 * @param expiresAt  after this instant it is refused (ISO 8601)
 */
public record ApiToken(String id, String label, String createdAt, Optional<String> lastUsedAt, String expiresAt) {
}
