package org.vigil.store.backup;

import org.vigil.core.hash.Sha256;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.ledger.LedgerAnchor;
import org.vigil.store.ledger.VerificationReport;
import org.vigil.store.records.RecordRepository;
import org.vigil.store.records.RecordVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A complete, portable copy of a data set: identity, every record version, the whole ledger, and the accounts,
 * record assignments and API tokens (with their seals), in a
 * ZIP of JSON-lines tables with a manifest of SHA-256 sums. It restores into an empty H2 or PostgreSQL
 * store as the identical data set, whose ledger verifies with the original key.
 *
 * <p>The ledger key is deliberately not inside: a stolen backup cannot be used to forge entries.
 */
public final class BackupArchive {

    static final String FORMAT = "vigil-backup";
    /** Version 2 adds accounts, assignments and API tokens; version 1 archives still restore. */
    static final int VERSION = 2;
    private static final List<String> RECORD_TABLES = List.of("dataset_meta", "record_version", "ledger_entry",
            "ledger_head", "attachment", "stored_document");
    // Without these a restored data set had no accounts, and its first visitor could make themself administrator.
    private static final List<String> ACCOUNT_TABLES = List.of("app_user", "record_assignment", "api_token");
    private static final Map<String, String> ORDER = Map.of(
            "dataset_meta", "meta_key", "record_version", "record_id, version", "ledger_entry", "seq",
            "ledger_head", "id", "attachment", "attachment_id", "stored_document", "name",
            "app_user", "username", "record_assignment", "record_id, username", "api_token", "token_hash");

    private BackupArchive() {
    }

    /** What a backup holds. */
    public record Summary(String datasetId, long recordVersions, long ledgerEntries, long accounts) {
    }

    /**
     * Writes a backup. Writers are held off while it runs (it locks the ledger head), so the copy is
     * consistent.
     */
    public static Summary write(Store store, OutputStream out) {
        try (Connection c = store.context().connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select seq from ledger_head where id = 1 for update")) {
                lock.executeQuery().close();
            }
            Map<String, String> sums = new LinkedHashMap<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (String table : tables(VERSION)) {
                    byte[] data = dump(c, table, rows);
                    sums.put(table + ".jsonl", Sha256.hex(new String(data, StandardCharsets.UTF_8)));
                    zip.putNextEntry(new ZipEntry(table + ".jsonl"));
                    zip.write(data);
                    zip.closeEntry();
                }
                ObjectNode manifest = JsonNodeFactory.instance.objectNode();
                manifest.put("format", FORMAT);
                manifest.put("version", VERSION);
                manifest.put("datasetId", store.datasetId());
                manifest.put("createdAt", Instant.now().toString());
                ObjectNode files = manifest.putObject("sha256");
                sums.forEach(files::put);
                ObjectNode counts = manifest.putObject("rows");
                rows.forEach(counts::put);
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(VigilJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            c.rollback();
            return new Summary(store.datasetId(), rows.get("record_version"), rows.get("ledger_entry"),
                    rows.get("app_user"));
        } catch (SQLException | IOException e) {
            throw new StoreException("the backup failed: " + e.getMessage(), e);
        }
    }

    private static byte[] dump(Connection c, String table, Map<String, Long> rows) throws SQLException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        long n = 0;
        try (PreparedStatement s = c.prepareStatement("select * from " + table + " order by " + ORDER.get(table));
             ResultSet rs = s.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                ObjectNode row = JsonNodeFactory.instance.objectNode();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                    Object v = rs.getObject(i);
                    if (v != null && name.equals("content")) {
                        // Attachment bytes (already encrypted) travel as base64.
                        row.put(name, java.util.Base64.getEncoder().encodeToString(rs.getBytes(i)));
                    } else if (v == null) {
                        row.putNull(name);
                    } else if (v instanceof Boolean b) {
                        row.put(name, b);
                    } else if (v instanceof Number num) {
                        row.put(name, num.longValue());
                    } else {
                        row.put(name, rs.getString(i));
                    }
                }
                buffer.writeBytes(VigilJson.MAPPER.writeValueAsBytes(row));
                buffer.write('\n');
                n++;
            }
        }
        rows.put(table, n);
        return buffer.toByteArray();
    }

    /**
     * Restores a backup into an empty store at a location and verifies it; only a copy that verifies is put in
     * place. An embedded copy is built in a scratch directory beside the target and moved into place in one
     * step; a PostgreSQL copy is loaded into the (empty) database and emptied again if it fails. Either way a
     * failed restore leaves no data set that {@code serve} would open, and the only anchor written is the new
     * copy's own (named by its location), so no other copy's anchor is ever touched.
     *
     * @return the verification of the restored data set (it needs the original ledger key in the key directory)
     * @throws StoreException when the archive is damaged or the target is not empty; nothing is written
     */
    public static VerificationReport restore(InputStream in, StoreLocation target) {
        Map<String, byte[]> entries = readZip(in);
        JsonNode manifest = checkManifest(entries);
        String datasetId = manifest.get("datasetId").asString();
        Optional<Path> directory = target.dataDirectory();
        directory.ifPresent(d -> requireEmptyDirectory(d, target));
        StoreLocation work = directory.map(d -> StoreLocation.embedded(scratchBeside(d), target.keyDirectory()))
                .orElse(target);
        boolean loaded = false;
        boolean placed = false;
        try {
            load(entries, work, target);
            loaded = true;
            VerificationReport report;
            LedgerAnchor anchor;
            LedgerAnchor.Position head;
            try (Store restored = Store.openRestored(work)) {
                if (!restored.datasetId().equals(datasetId)) {
                    throw new StoreException("the restored data set has id " + restored.datasetId() + ", but the "
                            + "backup's manifest says " + datasetId + ": the archive is inconsistent; nothing was restored");
                }
                report = restored.verifier().verifyRestored();
                if (!report.ok()) {
                    return report;
                }
                head = ledgerHead(restored);
                anchor = restored.context().anchorAt(target.anchorTag());
            }
            if (directory.isPresent()) {
                moveIntoPlace(work.dataDirectory().orElseThrow(), directory.get());
            }
            placed = true;
            anchor.replace(head);
            return report;
        } finally {
            if (!placed) {
                discard(work, directory.isPresent(), loaded);
            }
        }
    }

    private static void load(Map<String, byte[]> entries, StoreLocation work, StoreLocation target) {
        try (Store store = Store.openForRestore(work)) {
            try (Connection c = store.context().connection()) {
                c.setAutoCommit(false);
                try {
                    requireEmpty(c, target);
                    try (PreparedStatement s = c.prepareStatement("delete from dataset_meta")) {
                        s.executeUpdate();
                    }
                    insertRows(c, "dataset_meta", lines(entries.get("dataset_meta.jsonl")));
                    insertRows(c, "ledger_entry", lines(entries.get("ledger_entry.jsonl")));
                    insertRows(c, "attachment", lines(entries.get("attachment.jsonl")));
                    insertRows(c, "stored_document", lines(entries.get("stored_document.jsonl")));
                    for (String table : ACCOUNT_TABLES) {
                        // Backups from before accounts were included (version 1) have none to restore.
                        if (entries.containsKey(table + ".jsonl")) {
                            insertRows(c, table, lines(entries.get(table + ".jsonl")));
                        }
                    }
                    List<JsonNode> head = lines(entries.get("ledger_head.jsonl"));
                    try (PreparedStatement s = c.prepareStatement(
                            "update ledger_head set seq = ?, entry_hash = ? where id = 1")) {
                        s.setLong(1, head.get(0).get("seq").asLong());
                        s.setString(2, head.get(0).get("entry_hash").asString());
                        s.executeUpdate();
                    }
                    Map<String, RecordVersion> latest = new LinkedHashMap<>();
                    for (JsonNode row : lines(entries.get("record_version.jsonl"))) {
                        RecordVersion v = new RecordVersion(row.get("record_id").asString(),
                                row.get("version").asInt(), RecordType.fromCode(row.get("record_type").asString()),
                                Confidentiality.fromCode(row.get("confidentiality").asString()),
                                row.get("deleted").asBoolean(), row.get("body").asString(),
                                row.get("content_hash").asString(), row.get("created_at").asString(),
                                row.get("created_by").asString());
                        RecordRepository.insertVersion(c, v);
                        latest.put(v.recordId(), v);
                    }
                    for (RecordVersion v : latest.values()) {
                        RecordRepository.upsertHead(c, v.record(), v.version(), v.deleted(), v.createdAt());
                        if (!v.deleted()) {
                            RecordRepository.insertReferences(c, v.record());
                        }
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the restore was rolled back, nothing changed: " + e.getMessage(), e);
        }
    }

    private static LedgerAnchor.Position ledgerHead(Store restored) {
        try (Connection c = restored.context().connection();
             PreparedStatement s = c.prepareStatement("select seq, entry_hash from ledger_head where id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return new LedgerAnchor.Position(rs.getLong(1), rs.getString(2));
        } catch (SQLException e) {
            throw new StoreException("cannot read the restored ledger: " + e.getMessage(), e);
        }
    }

    /** An embedded target must not exist yet or be an empty directory. */
    private static void requireEmptyDirectory(Path dir, StoreLocation target) {
        if (!Files.exists(dir)) {
            return;
        }
        if (Files.exists(dir.resolve("vigil.mv.db"))) {
            throw new StoreException("the target " + target.describe() + " already holds a data set: restore into "
                    + "an empty directory or database (nothing was changed)");
        }
        try (var files = Files.list(dir)) {
            if (!Files.isDirectory(dir) || files.findAny().isPresent()) {
                throw new StoreException("the target " + target.describe() + " is not an empty directory: restore "
                        + "into a new or empty directory (nothing was changed)");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the target directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path scratchBeside(Path dir) {
        try {
            Files.createDirectories(dir.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create " + dir.getParent() + ": " + e.getMessage(), e);
        }
        return dir.resolveSibling("." + dir.getFileName() + ".restoring-" + UUID.randomUUID());
    }

    private static void moveIntoPlace(Path scratch, Path dir) {
        try {
            // One rename: 'serve' sees either no data set or the whole verified one (an empty target
            // directory is replaced).
            Files.move(scratch, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("the restored data set verified but could not be moved into " + dir + ": "
                    + e.getMessage() + " (nothing was put in place)", e);
        }
    }

    /** Takes a copy that failed away: the scratch directory, or the rows loaded into the PostgreSQL database. */
    private static void discard(StoreLocation work, boolean scratch, boolean loaded) {
        if (scratch) {
            deleteTree(work.dataDirectory().orElseThrow());
        } else if (loaded) {
            try (Store store = Store.openForRestore(work); Connection c = store.context().connection()) {
                c.setAutoCommit(false);
                for (String table : new String[]{"record_ref", "record_head", "record_version", "ledger_entry",
                        "attachment", "stored_document", "app_user", "record_assignment", "api_token", "dataset_meta"}) {
                    try (PreparedStatement s = c.prepareStatement("delete from " + table)) {
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s = c.prepareStatement("update ledger_head set seq = 0, entry_hash = ? where id = 1")) {
                    s.setString(1, "0".repeat(64));
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                System.err.println("warning: the restore failed and the database " + work.describe()
                        + " could not be emptied again: " + e.getMessage() + "; drop and recreate it before using it");
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("warning: could not remove the scratch directory " + dir + ": " + e.getMessage());
        }
    }

    private static void requireEmpty(Connection c, StoreLocation target) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select (select count(*) from record_version) + (select count(*) from ledger_entry)");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new StoreException("the target " + target.describe() + " already holds a data set: restore into "
                        + "an empty directory or database (nothing was changed)");
            }
        }
    }

    private static void insertRows(Connection c, String table, List<JsonNode> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        rows.get(0).propertyNames().forEach(columns::add);
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (JsonNode row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode v = row.get(columns.get(i));
                    if (v == null || v.isNull()) {
                        s.setNull(i + 1, Types.NULL);
                    } else if (columns.get(i).equals("content")) {
                        s.setBytes(i + 1, java.util.Base64.getDecoder().decode(v.asString()));
                    } else if (v.isBoolean()) {
                        s.setBoolean(i + 1, v.asBoolean());
                    } else if (v.isIntegralNumber()) {
                        s.setLong(i + 1, v.asLong());
                    } else {
                        s.setString(i + 1, v.asString());
                    }
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Map<String, byte[]> readZip(InputStream in) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new StoreException("the backup archive is unreadable: " + e.getMessage()
                    + " (is it a file written by 'vigil backup'?)", e);
        }
        return entries;
    }

    private static JsonNode checkManifest(Map<String, byte[]> entries) {
        byte[] raw = entries.get("manifest.json");
        if (raw == null) {
            throw new StoreException("the archive has no manifest.json: it is not a Vigil backup");
        }
        JsonNode manifest;
        try {
            manifest = VigilJson.MAPPER.readTree(raw);
        } catch (RuntimeException e) {
            throw new StoreException("the backup manifest is damaged: " + e.getMessage(), e);
        }
        int version = manifest.path("version").asInt();
        if (!FORMAT.equals(manifest.path("format").asString("")) || version < 1 || version > VERSION) {
            throw new StoreException("the archive is not a Vigil backup of version 1 to " + VERSION);
        }
        for (String table : tables(version)) {
            String name = table + ".jsonl";
            byte[] data = entries.get(name);
            String expected = manifest.path("sha256").path(name).asString("");
            if (data == null || !Sha256.hex(new String(data, StandardCharsets.UTF_8)).equals(expected)) {
                throw new StoreException("the backup's " + name + " is missing or does not match its SHA-256 in the "
                        + "manifest: the archive is damaged or was altered; nothing was restored");
            }
        }
        return manifest;
    }

    private static List<String> tables(int version) {
        List<String> tables = new ArrayList<>(RECORD_TABLES);
        if (version >= 2) {
            tables.addAll(ACCOUNT_TABLES);
        }
        return tables;
    }

    private static List<JsonNode> lines(byte[] data) {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : new String(data, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                rows.add(VigilJson.MAPPER.readTree(line));
            }
        }
        return rows;
    }
}
