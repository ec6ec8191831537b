package org.vigil.store.users;

import org.vigil.core.hash.Sha256;
import org.vigil.store.Store;
import org.vigil.store.ledger.StoreContext;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts, record assignments and API tokens. Every change is written to the audit ledger, so who
 * granted whom access to what can be verified like any record change.
 */
public final class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int FREE_ATTEMPTS = 5;
    /** The ledger action of a failed attempt to unlock the data set's keys. */
    public static final String UNLOCK_FAILED = "unlock.fail";
    /** The ledger action of a successful unlock. */
    public static final String UNLOCKED = "unlock";
    /** How long an API token lives unless its maker chooses otherwise. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(90);
    private static final int TOKEN_ID = 12;
    /** The longest a run of failed logins locks an account. */
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private final StoreContext context;

    /** The accounts of an open store. */
    public UserAccounts(Store store) {
        this.context = store.context();
    }

    /** Creates an account with an already hashed password. */
    public User create(String username, String displayName, Role role, String passwordHash, String actor) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("'" + username + "' is not a valid user name: use 2-64 lower-case "
                    + "letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("there is already a user '" + username + "'");
        }
        write(actor, "user.create", "user=" + username + " role=" + role.code(), c -> {
            try (PreparedStatement s = c.prepareStatement("insert into app_user (username, display_name, role, "
                    + "password_hash, disabled, failed_logins, locked_until, created_at) values (?, ?, ?, ?, false, 0, null, ?)")) {
                s.setString(1, username);
                s.setString(2, displayName);
                s.setString(3, role.code());
                s.setString(4, passwordHash);
                s.setString(5, Instant.now().toString());
                s.executeUpdate();
            }
        });
        return find(username).orElseThrow();
    }

    /** The account of a user name. */
    public Optional<User> find(String username) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("select username, display_name, role, password_hash, "
                    + "disabled, failed_logins, locked_until from app_user where username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every account, by user name. */
    public List<User> all() {
        return read(c -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select username, display_name, role, password_hash, "
                    + "disabled, failed_logins, locked_until from app_user order by username");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(row(rs));
                }
            }
            return users;
        });
    }

    /** True when no account exists yet (the first run). */
    public boolean none() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from app_user");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    /** Changes a user's role. */
    public void changeRole(String username, Role role, String actor) {
        requireUser(username);
        write(actor, "user.role", "user=" + username + " role=" + role.code(), c -> update(c,
                "update app_user set role = ? where username = ?", role.code(), username));
    }

    /** Changes a user's password hash and clears any lockout (sessions signed in with the old one end). */
    public void changePassword(String username, String passwordHash, String actor) {
        requireUser(username);
        write(actor, "user.password", "user=" + username, c -> update(c, "update app_user set password_hash = ?, "
                + "failed_logins = 0, locked_until = null where username = ?", passwordHash, username));
    }

    /** Enables or disables an account. */
    public void setDisabled(String username, boolean disabled, String actor) {
        requireUser(username);
        write(actor, disabled ? "user.disable" : "user.enable", "user=" + username, c -> update(c,
                "update app_user set disabled = " + disabled + " where username = ?", username));
    }

    /**
     * Counts a failed login. After five, each further failure locks the account for twice as long as the
     * last time, from 30 s up to {@link #LONGEST_LOCK}. The cap and the rule that failures while locked
     * are not counted are what keep a stranger from locking a colleague out for hours: guessing at the
     * lock's pace costs an attacker at most four guesses per quarter hour, and a legitimate user waits at
     * most a quarter hour (or asks an administrator to run {@code vigil account unlock}).
     */
    public void recordFailedLogin(String username) {
        find(username).filter(u -> !locked(u)).ifPresent(u -> {
            int failures = u.failedLogins() + 1;
            String lockedUntil = null;
            if (failures >= FREE_ATTEMPTS) {
                long seconds = Math.min(LONGEST_LOCK.toSeconds(), 30L << Math.min(12, failures - FREE_ATTEMPTS));
                lockedUntil = Instant.now().plus(Duration.ofSeconds(seconds)).truncatedTo(ChronoUnit.SECONDS).toString();
            }
            String until = lockedUntil;
            run(c -> update(c, "update app_user set failed_logins = ?, locked_until = ? where username = ?",
                    failures, until, username));
        });
    }

    /** Ends a lock after failed logins and clears the failure count; recorded in the ledger. */
    public void unlock(String username, String actor) {
        requireUser(username);
        write(actor, "user.unlock", "user=" + username, c -> update(c,
                "update app_user set failed_logins = 0, locked_until = null where username = ?", username));
    }

    /** Clears the failure count after a successful login. */
    public void recordSuccessfulLogin(String username) {
        run(c -> update(c, "update app_user set failed_logins = 0, locked_until = null where username = ?", username));
    }

    /** True while the account is locked after repeated failures. */
    public boolean locked(User u) {
        return u.lockedUntil().map(Instant::parse).filter(Instant.now()::isBefore).isPresent();
    }

    /**
     * Notes an attempt to unlock a passphrase-protected data set in the ledger: guessing at the passphrase
     * leaves a trace that verification protects like any change. {@code failuresInARow} counts this one.
     */
    public void recordUnlockAttempt(String actor, boolean succeeded, int failuresInARow) {
        write(actor, succeeded ? UNLOCKED : UNLOCK_FAILED, succeeded ? "" : "failures-in-a-row=" + failuresInARow,
                c -> { });
    }

    /** Gives a user access to a restricted record. */
    public void assign(String recordId, String username, String actor) {
        requireUser(username);
        if (assignedTo(username).contains(recordId)) {
            return;
        }
        write(actor, "assign", "record=" + recordId + " user=" + username, c -> update(c,
                "insert into record_assignment (record_id, username) values (?, ?)", recordId, username));
    }

    /** Takes a user's access to a restricted record away. */
    public void unassign(String recordId, String username, String actor) {
        write(actor, "unassign", "record=" + recordId + " user=" + username, c -> update(c,
                "delete from record_assignment where record_id = ? and username = ?", recordId, username));
    }

    /** The records assigned to a user. */
    public Set<String> assignedTo(String username) {
        return read(c -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("select record_id from record_assignment where username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The users assigned to a record. */
    public List<String> assignees(String recordId) {
        return read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select username from record_assignment where record_id = ? order by username")) {
                s.setString(1, recordId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            return names;
        });
    }

    /** What a user may see. */
    public Access access(User u) {
        return new Access(u.role().visibleLevels(), assignedTo(u.username()));
    }

    /** Creates an API token that expires after {@link #DEFAULT_TOKEN_LIFETIME}; see the other overload. */
    public String createToken(String username, String label, String actor) {
        return createToken(username, label, DEFAULT_TOKEN_LIFETIME, actor);
    }

    /** Creates an API token for a user; the token itself is returned once and only its hash is kept. */
    public String createToken(String username, String label, Duration lifetime, String actor) {
        requireUser(username);
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token's lifetime must be positive, not " + lifetime);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "vgl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String hash = Sha256.hex(token);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String expires = now.plus(lifetime).toString();
        write(actor, "token.create", "user=" + username + " label=" + label + " token-sha256=" + hash.substring(0, TOKEN_ID)
                        + " expires=" + expires,
                c -> update(c, "insert into api_token (token_hash, username, label, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?)", hash, username, label, now.toString(), expires));
        return token;
    }

    /** A user's API tokens, newest first. */
    public List<ApiToken> tokens(String username) {
        return read(c -> {
            List<ApiToken> tokens = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select token_hash, label, created_at, last_used_at, "
                    + "expires_at from api_token where username = ? order by created_at desc, token_hash")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        tokens.add(new ApiToken(rs.getString(1).substring(0, TOKEN_ID), rs.getString(2),
                                rs.getString(3), Optional.ofNullable(rs.getString(4)),
                                expiry(rs.getString(3), rs.getString(5)).toString()));
                    }
                }
            }
            return tokens;
        });
    }

    /** Revokes one of a user's tokens, named by its id; recorded in the ledger. */
    public void revokeToken(String username, String tokenId, String actor) {
        if (tokens(username).stream().noneMatch(t -> t.id().equals(tokenId))) {
            throw new IllegalArgumentException("'" + username + "' has no token '" + tokenId
                    + "': choose one from the list of your tokens");
        }
        write(actor, "token.revoke", "user=" + username + " token-sha256=" + tokenId, c -> update(c,
                "delete from api_token where username = ? and token_hash like ?", username, tokenId + "%"));
    }

    /** The user a token belongs to, if the token is valid, not expired, and the user enabled. */
    public Optional<User> authenticateToken(String token) {
        String hash = Sha256.hex(token);
        Optional<String> username = read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select username, created_at, expires_at from api_token where token_hash = ?")) {
                s.setString(1, hash);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && Instant.now().isBefore(expiry(rs.getString(2), rs.getString(3)))
                            ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
        username.ifPresent(u -> run(c -> update(c, "update api_token set last_used_at = ? where token_hash = ?",
                Instant.now().toString(), hash)));
        return username.flatMap(this::find).filter(u -> !u.disabled());
    }

    // Tokens made before tokens expired (migration V7) have no expiry: they expire the default lifetime
    // after they were made.
    private static Instant expiry(String createdAt, String expiresAt) {
        return expiresAt != null ? Instant.parse(expiresAt) : Instant.parse(createdAt).plus(DEFAULT_TOKEN_LIFETIME);
    }

    private void requireUser(String username) {
        if (find(username).isEmpty()) {
            throw new IllegalArgumentException("there is no user '" + username + "'");
        }
    }

    private static User row(ResultSet rs) throws SQLException {
        return new User(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)), rs.getString(4), rs.getBoolean(5),
                rs.getInt(6), Optional.ofNullable(rs.getString(7)));
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run(Connection c) throws SQLException;
    }

    /** Runs a change and its ledger entry in one transaction. */
    private void write(String actor, String action, String detail, Step step) {
        context.write("the change was not saved", (c, ledger) -> {
            step.run(c);
            return ledger.append(actor, action, Optional.empty(), 0, "", detail);
        });
    }

    /** Login bookkeeping, which the ledger does not track. */
    private void run(Step step) {
        context.read("cannot update the account", c -> {
            step.run(c);
            return null;
        });
    }

    private <T> T read(StoreContext.Query<T> q) {
        return context.read("cannot read accounts", q);
    }
}
