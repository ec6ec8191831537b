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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A complete, portable copy of a data set: identity, every record version and the whole ledger, in a
 * ZIP of JSON-lines tables with a manifest of SHA-256 sums. It restores into an empty H2 or PostgreSQL
 * store as the identical data set, whose ledger verifies with the original key.
 *
 * <p>The ledger key is deliberately not inside: a stolen backup cannot be used to forge entries.
 */
public final class BackupArchive {

    static final String FORMAT = "vigil-backup";
    static final int VERSION = 1;
    private static final String[] TABLES = {"dataset_meta", "record_version", "ledger_entry", "ledger_head", "attachment", "stored_document"};
    private static final Map<String, String> ORDER = Map.of(
            "dataset_meta", "meta_key", "record_version", "record_id, version", "ledger_entry", "seq",
            "ledger_head", "id", "attachment", "attachment_id", "stored_document", "name");

    private BackupArchive() {
    }

    /** What a backup holds. */
    public record Summary(String datasetId, long recordVersions, long ledgerEntries) {
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
                for (String table : TABLES) {
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
            return new Summary(store.datasetId(), rows.get("record_version"), rows.get("ledger_entry"));
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
     * Restores a backup into an empty store at a location, in one transaction, then verifies it.
     *
     * @return the verification of the restored data set (it needs the original ledger key in the key directory)
     * @throws StoreException when the archive is damaged or the target is not empty; nothing is written
     */
    public static VerificationReport restore(InputStream in, StoreLocation target) {
        Map<String, byte[]> entries = readZip(in);
        JsonNode manifest = checkManifest(entries);
        String datasetId = manifest.get("datasetId").asString();
        try (Store store = Store.openForRestore(target)) {
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
        try (Store restored = Store.open(target)) {
            if (!restored.datasetId().equals(datasetId)) {
                throw new StoreException("restored data set has id " + restored.datasetId() + ", expected " + datasetId);
            }
            LedgerAnchor anchor = restored.context().anchor();
            anchor.reset();
            VerificationReport report = restored.verifier().verify();
            if (report.ok() && report.entries() > 0) {
                long seq = manifest.get("rows").get("ledger_entry").asLong();
                try (Connection c = restored.context().connection();
                     PreparedStatement s = c.prepareStatement("select entry_hash from ledger_entry where seq = ?")) {
                    s.setLong(1, seq);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            anchor.advance(seq, rs.getString(1));
                        }
                    }
                } catch (SQLException e) {
                    throw new StoreException("cannot read the restored ledger: " + e.getMessage(), e);
                }
            }
            return report;
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
        if (!FORMAT.equals(manifest.path("format").asString("")) || manifest.path("version").asInt() != VERSION) {
            throw new StoreException("the archive is not a version-" + VERSION + " Vigil backup");
        }
        for (String table : TABLES) {
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
