package org.vigil.store.users;

import java.util.Optional;

/**
 * An account of the web application.
 *
 * @param username     login name
 * @param displayName  name shown
 * @param role         what the user may do
 * @param passwordHash Argon2id hash in the encoder's own format
 * @param disabled     true when the account may not log in
 * @param failedLogins failed attempts since the last success
 * @param lockedUntil  the instant (ISO 8601) before which logins are refused, after repeated failures
 */
public record User(String username, String displayName, Role role, String passwordHash, boolean disabled,
                   int failedLogins, Optional<String> lockedUntil) {
}
