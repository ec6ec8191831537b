package org.vigil.store.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seals of the rows that decide who may do what: accounts, record assignments and API tokens. A row's seal is
 * an HMAC of all its columns (read from the JDBC metadata, in column-name order, so a column added later is
 * covered without anyone remembering to) under a key derived from the ledger key, which is not in the
 * database. A row edited or inserted with SQL therefore fails its seal: it is ignored when read for logging
 * in or deciding access, and {@code verify} names it. Each ledgered change to these tables also records a
 * keyed digest of every table's set of seals, so a row deleted with SQL is caught too.
 */
public final class RowSeals {

    /** The sealed tables and their primary-key columns. */
    private static final Map<String, List<String>> TABLES = tables();
    /**
     * Columns left out of the seal: the seal itself, and the login bookkeeping written on every attempt
     * (failure counts, lockouts, last use), which grants nothing and is not ledgered.
     */
    private static final Set<String> UNSEALED = Set.of("seal", "failed_logins", "locked_until", "last_used_at");
    private static final String DIGESTS = " seals=";

    private final LedgerKey key;

    /** The seals of an open data set (its ledger key must be in the key directory). */
    public RowSeals(StoreContext context) {
        this.key = context.ledgerKey().derive("vigil-row-seal-v1");
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("app_user", List.of("username"));
        t.put("record_assignment", List.of("record_id", "username"));
        t.put("api_token", List.of("token_hash"));
        return java.util.Collections.unmodifiableMap(t);
    }

    /** The sealed tables, in a fixed order. */
    public static Set<String> tableNames() {
        return TABLES.keySet();
    }

    /** True when the current row of {@code rows} (a {@code select *} of the table) carries its valid seal. */
    public boolean valid(String table, ResultSet rows) throws SQLException {
        String seal = rows.getString("seal");
        return seal != null && seal.strip().equals(compute(table, rows));
    }

    /** Seals a row afresh after a change; a row that no longer exists (deleted) is skipped. */
    public void seal(Connection c, String table, List<String> primaryKey) throws SQLException {
        List<String> keyColumns = keyColumns(table);
        String where = String.join(" and ", keyColumns.stream().map(k -> k + " = ?").toList());
        String seal;
        try (PreparedStatement s = c.prepareStatement("select * from " + table + " where " + where)) {
            bind(s, primaryKey);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                seal = compute(table, rs);
            }
        }
        try (PreparedStatement u = c.prepareStatement("update " + table + " set seal = ? where " + where)) {
            u.setString(1, seal);
            for (int i = 0; i < primaryKey.size(); i++) {
                u.setString(i + 2, primaryKey.get(i));
            }
            u.executeUpdate();
        }
    }

    /** Seals every row of every sealed table (rows that existed before seals did); returns how many. */
    public int sealAll(Connection c) throws SQLException {
        int n = 0;
        for (String table : TABLES.keySet()) {
            List<List<String>> keys = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select " + String.join(", ", keyColumns(table))
                    + " from " + table); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> k = new ArrayList<>();
                    for (int i = 1; i <= keyColumns(table).size(); i++) {
                        k.add(rs.getString(i));
                    }
                    keys.add(k);
                }
            }
            for (List<String> k : keys) {
                seal(c, table, k);
                n++;
            }
        }
        return n;
    }

    /** The primary keys of every row whose seal holds, by table (taken before a migration changes columns). */
    public Map<String, List<List<String>>> validRows(Connection c) throws SQLException {
        Map<String, List<List<String>>> valid = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            List<List<String>> keys = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select * from " + table); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (valid(table, rs)) {
                        List<String> k = new ArrayList<>();
                        for (String column : keyColumns(table)) {
                            k.add(rs.getString(column));
                        }
                        keys.add(k);
                    }
                }
            }
            valid.put(table, keys);
        }
        return valid;
    }

    /**
     * The keyed digest of each sealed table's set of seals, as the text a ledger entry's detail ends with
     * (" seals=app_user:…,record_assignment:…,api_token:…").
     */
    public String digests(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder(DIGESTS);
        for (Map.Entry<String, String> e : currentDigests(c).entrySet()) {
            b.append(b.length() > DIGESTS.length() ? "," : "").append(e.getKey()).append(':').append(e.getValue());
        }
        return b.toString();
    }

    /** True when a ledger entry's detail records the tables' digests. */
    static boolean recordsDigests(String detail) {
        return detail.contains(DIGESTS);
    }

    /** Each sealed row whose seal fails, and each table whose rows differ from the last digest ledgered. */
    void check(Connection c, Optional<LedgerEntry> lastDigests, List<VerificationReport.Break> breaks)
            throws SQLException {
        for (String table : TABLES.keySet()) {
            try (PreparedStatement s = c.prepareStatement("select * from " + table + " order by "
                    + String.join(", ", keyColumns(table))); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!valid(table, rs)) {
                        breaks.add(new VerificationReport.Break(0, "table " + table + ", row " + describeKey(table, rs)
                                + ": fails its seal: the row was changed or inserted outside Vigil, and is ignored"));
                    }
                }
            }
        }
        Map<String, String> expected = lastDigests.map(e -> parse(e.detail())).orElseGet(this::emptyDigests);
        Map<String, String> actual = currentDigests(c);
        for (String table : TABLES.keySet()) {
            if (!actual.get(table).equals(expected.get(table))) {
                breaks.add(new VerificationReport.Break(lastDigests.map(LedgerEntry::seq).orElse(0L), "table " + table
                        + " no longer holds the rows this entry sealed: a row was deleted (or added) outside Vigil"));
            }
        }
    }

    private Map<String, String> currentDigests(Connection c) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            List<String> seals = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select seal from " + table); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String seal = rs.getString(1);
                    seals.add(seal == null ? "-" : seal.strip());
                }
            }
            seals.sort(null);
            digests.put(table, key.mac(table + "\n" + String.join("\n", seals)));
        }
        return digests;
    }

    private Map<String, String> emptyDigests() {
        Map<String, String> digests = new LinkedHashMap<>();
        TABLES.keySet().forEach(t -> digests.put(t, key.mac(t + "\n")));
        return digests;
    }

    private static Map<String, String> parse(String detail) {
        Map<String, String> digests = new LinkedHashMap<>();
        String list = detail.substring(detail.lastIndexOf(DIGESTS) + DIGESTS.length()).strip();
        for (String part : list.split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                digests.put(part.substring(0, colon), part.substring(colon + 1));
            }
        }
        return digests;
    }

    private String compute(String table, ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, String> columns = new TreeMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
            Object v = rs.getObject(i);
            // A null column is left out, so adding a nullable column later leaves existing seals valid.
            if (UNSEALED.contains(name) || v == null) {
                continue;
            }
            columns.put(name, canonical(v, rs, i, md.getColumnType(i)));
        }
        StringBuilder b = new StringBuilder(table);
        columns.forEach((name, value) -> b.append('\u001e').append(name).append('\u001f').append(value));
        return key.mac(b.toString());
    }

    // H2 and PostgreSQL render booleans, numbers and padded CHAR columns differently; a backup restored on the
    // other engine must keep its seals, so each value is written in one engine-neutral form.
    private static String canonical(Object v, ResultSet rs, int column, int sqlType) throws SQLException {
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Number n && !(v instanceof java.math.BigDecimal)) {
            return Long.toString(n.longValue());
        }
        String s = rs.getString(column);
        return sqlType == Types.CHAR ? s.stripTrailing() : s;
    }

    private static List<String> keyColumns(String table) {
        List<String> k = TABLES.get(table);
        if (k == null) {
            throw new IllegalArgumentException("'" + table + "' is not a sealed table");
        }
        return k;
    }

    private static String describeKey(String table, ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String k : keyColumns(table)) {
            String v = rs.getString(k);
            parts.add(k + "=" + (k.equals("token_hash") && v != null ? v.substring(0, Math.min(12, v.length())) + "…" : v));
        }
        return String.join(" ", parts);
    }

    private static void bind(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
    }
}
