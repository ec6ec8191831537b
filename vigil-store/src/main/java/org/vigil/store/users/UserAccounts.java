package org.vigil.store.users;

import org.vigil.core.hash.Sha256;
import org.vigil.store.Store;
import org.vigil.store.ledger.RowSeals;
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
 * granted whom access to what can be verified like any record change; and every row is sealed
 * ({@link RowSeals}), so a row changed or inserted with SQL is ignored here and named by {@code verify}.
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
    private volatile RowSeals seals;

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
        write(actor, "user.create", "user=" + username + " role=" + role.code(), List.of(user(username)), c -> {
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
            try (PreparedStatement s = c.prepareStatement("select * from app_user where username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && sealed("app_user", rs) ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every account, by user name. */
    public List<User> all() {
        return read(c -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select * from app_user order by username");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (sealed("app_user", rs)) {
                        users.add(row(rs));
                    }
                }
            }
            return users;
        });
    }

    /**
     * True when no account exists yet (the first run). Once the ledger records an account, the answer stays
     * false: accounts deleted with SQL, or a backup restored without them, must not reopen the first-run
     * page where the first visitor becomes administrator.
     */
    public boolean none() {
        return read(c -> {
            // The ledger is read only while the account table is empty, so a long ledger costs nothing later.
            for (String sql : List.of("select 1 from app_user limit 1",
                    "select 1 from ledger_entry where action = 'user.create' limit 1")) {
                try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** Changes a user's role. */
    public void changeRole(String username, Role role, String actor) {
        requireUser(username);
        write(actor, "user.role", "user=" + username + " role=" + role.code(), List.of(user(username)), c -> update(c,
                "update app_user set role = ? where username = ?", role.code(), username));
    }

    /** Changes a user's password hash and clears any lockout (sessions signed in with the old one end). */
    public void changePassword(String username, String passwordHash, String actor) {
        requireUser(username);
        write(actor, "user.password", "user=" + username, List.of(user(username)), c -> update(c, "update app_user set password_hash = ?, "
                + "failed_logins = 0, locked_until = null where username = ?", passwordHash, username));
    }

    /** Enables or disables an account. */
    public void setDisabled(String username, boolean disabled, String actor) {
        requireUser(username);
        write(actor, disabled ? "user.disable" : "user.enable", "user=" + username, List.of(user(username)), c -> update(c,
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
        write(actor, "user.unlock", "user=" + username, List.of(user(username)), c -> update(c,
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
                List.of(), c -> { });
    }

    /** Gives a user access to a restricted record. */
    public void assign(String recordId, String username, String actor) {
        requireUser(username);
        if (assignedTo(username).contains(recordId)) {
            return;
        }
        write(actor, "assign", "record=" + recordId + " user=" + username, List.of(assignment(recordId, username)),
                c -> update(c, "insert into record_assignment (record_id, username) values (?, ?)", recordId, username));
    }

    /** Takes a user's access to a restricted record away. */
    public void unassign(String recordId, String username, String actor) {
        write(actor, "unassign", "record=" + recordId + " user=" + username, List.of(assignment(recordId, username)),
                c -> update(c,
                "delete from record_assignment where record_id = ? and username = ?", recordId, username));
    }

    /** The records assigned to a user. */
    public Set<String> assignedTo(String username) {
        return read(c -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("select * from record_assignment where username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (sealed("record_assignment", rs)) {
                            ids.add(rs.getString("record_id"));
                        }
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
                    "select * from record_assignment where record_id = ? order by username")) {
                s.setString(1, recordId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (sealed("record_assignment", rs)) {
                            names.add(rs.getString("username"));
                        }
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
                        + " expires=" + expires, List.of(token(hash)),
                c -> update(c, "insert into api_token (token_hash, username, label, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?)", hash, username, label, now.toString(), expires));
        return token;
    }

    /** A user's API tokens, newest first. */
    public List<ApiToken> tokens(String username) {
        return read(c -> {
            List<ApiToken> tokens = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select * from api_token where username = ? order by created_at desc, token_hash")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!sealed("api_token", rs)) {
                            continue;
                        }
                        tokens.add(new ApiToken(rs.getString("token_hash").substring(0, TOKEN_ID), rs.getString("label"),
                                rs.getString("created_at"), Optional.ofNullable(rs.getString("last_used_at")),
                                expiry(rs.getString("created_at"), rs.getString("expires_at")).toString()));
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
        List<String> hashes = read(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select token_hash from api_token where username = ? and token_hash like ?")) {
                s.setString(1, username);
                s.setString(2, tokenId + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            return found;
        });
        write(actor, "token.revoke", "user=" + username + " token-sha256=" + tokenId,
                hashes.stream().map(UserAccounts::token).toList(), c -> update(c,
                "delete from api_token where username = ? and token_hash like ?", username, tokenId + "%"));
    }

    /** The user a token belongs to, if the token is valid, not expired, and the user enabled. */
    public Optional<User> authenticateToken(String token) {
        String hash = Sha256.hex(token);
        Optional<String> username = read(c -> {
            try (PreparedStatement s = c.prepareStatement("select * from api_token where token_hash = ?")) {
                s.setString(1, hash);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && sealed("api_token", rs)
                            && Instant.now().isBefore(expiry(rs.getString("created_at"), rs.getString("expires_at")))
                            ? Optional.of(rs.getString("username")) : Optional.empty();
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
        return new User(rs.getString("username"), rs.getString("display_name"), Role.of(rs.getString("role")),
                rs.getString("password_hash"), rs.getBoolean("disabled"), rs.getInt("failed_logins"),
                Optional.ofNullable(rs.getString("locked_until")));
    }

    /** True when the row carries its valid seal: a row changed or inserted with SQL grants nothing. */
    private boolean sealed(String table, ResultSet rs) throws SQLException {
        return seals().valid(table, rs);
    }

    private RowSeals seals() {
        RowSeals s = seals;
        if (s == null) {
            s = new RowSeals(context);
            seals = s;
        }
        return s;
    }

    /** A row a change writes or deletes, sealed afresh in the same transaction. */
    private record Touched(String table, List<String> primaryKey) {
    }

    private static Touched user(String username) {
        return new Touched("app_user", List.of(username));
    }

    private static Touched token(String hash) {
        return new Touched("api_token", List.of(hash));
    }

    private static Touched assignment(String recordId, String username) {
        return new Touched("record_assignment", List.of(recordId, username));
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

    /**
     * Runs a change and its ledger entry in one transaction; the one place accounts, assignments and tokens
     * are sealed. Every mutating method comes through here naming the rows it touches: they are sealed afresh,
     * and the entry records the digest of every sealed table, so a row deleted with SQL is caught by verify.
     */
    private void write(String actor, String action, String detail, List<Touched> touched, Step step) {
        context.write("the change was not saved", (c, ledger) -> {
            step.run(c);
            RowSeals rowSeals = seals();
            for (Touched t : touched) {
                rowSeals.seal(c, t.table(), t.primaryKey());
            }
            return ledger.append(actor, action, Optional.empty(), 0, "", detail + rowSeals.digests(c));
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
