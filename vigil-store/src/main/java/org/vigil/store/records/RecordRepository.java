package org.vigil.store.records;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.dataset.Violation;
import org.vigil.core.hash.Sha256;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.SensitiveFields;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.store.StoreException;
import org.vigil.store.ledger.StoreContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Versioned records: every save appends a version and a ledger entry in one transaction; nothing is
 * overwritten. Reads return the current version.
 */
public final class RecordRepository {

    private static final String SELECT_VERSION = "select v.record_id, v.version, v.record_type, v.confidentiality, "
            + "v.deleted, v.body, v.content_hash, v.created_at, v.created_by from record_version v ";

    private static final String WRITE_FAILED = "the write was rolled back, nothing changed";

    private final StoreContext context;
    private final Vocabularies vocabularies;
    private final Consumer<RecordChanges> changes;

    /**
     * The records of an open data set (the store builds it).
     *
     * @param changes told of every committed change, after the commit
     */
    public RecordRepository(StoreContext context, Vocabularies vocabularies, Consumer<RecordChanges> changes) {
        this.context = context;
        this.vocabularies = vocabularies;
        this.changes = changes;
    }

    /**
     * Validates and saves records in one transaction; references may point to stored records.
     *
     * @throws InvalidDataException when a record breaks a rule (nothing is written)
     */
    public SaveResult save(List<? extends Record> records, String actor) {
        List<Violation> violations = new DatasetValidator(vocabularies)
                .validate(Dataset.of(records), this::typeOf);
        if (!violations.isEmpty()) {
            throw new InvalidDataException(violations.stream()
                    .map(v -> new Problem(v.type().code() + " '" + v.recordId() + "'", 0, v.field(), v.message()))
                    .toList());
        }
        return write(records, actor, "save", "");
    }

    /**
     * Saves records already validated as a whole data set (an import), with a closing ledger entry that
     * names the file.
     */
    public SaveResult saveImport(Dataset dataset, String actor, String fileDetail) {
        return write(dataset.all().toList(), actor, "import", fileDetail);
    }

    private SaveResult write(List<? extends Record> records, String actor, String batchAction, String detail) {
        List<Record> saved = new ArrayList<>();
        SaveResult result = context.write(WRITE_FAILED, (c, ledger) -> {
            Map<String, RecordVersion> current = currentVersions(c, records.stream().map(Record::id).toList());
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            try (VersionWriter writer = new VersionWriter(c, RecordRepository::bindHead)) {
                for (Record r : records) {
                    RecordVersion existing = current.get(r.id());
                    if (existing != null && !existing.deleted() && existing.type() == r.recordType()
                            && context.reveal(existing.record()).equals(r)) {
                        unchanged++;
                        continue;
                    }
                    String body = VigilJson.write(context.conceal(r));
                    String hash = Sha256.hex(body);
                    if (existing != null && existing.type() != r.recordType()) {
                        throw new InvalidDataException(new Problem(r.recordType().code() + " '" + r.id() + "'", 0,
                                "id", "id '" + r.id() + "' already belongs to a " + existing.type().code()
                                        + ": choose another id"));
                    }
                    int version = existing == null ? 1 : existing.version() + 1;
                    writer.add(new RecordVersion(r.id(), version, r.recordType(), r.confidentiality(), false, body,
                            hash, now, actor), r, existing != null);
                    saved.add(r);
                    ledger.append(actor, existing == null ? "create" : "update", Optional.of(r.id()), version, hash,
                            "");
                    if (existing == null) {
                        created++;
                    } else {
                        updated++;
                    }
                }
            }
            if (!detail.isEmpty() || "import".equals(batchAction)) {
                ledger.append(actor, batchAction, Optional.empty(), 0, "", detail + " created=" + created
                        + " updated=" + updated + " unchanged=" + unchanged);
            }
            return new SaveResult(created, updated, unchanged, ledger.position().seq());
        });
        changes.accept(new RecordChanges(saved, List.of()));
        return result;
    }

    /** The current versions of many records, looked up in chunks (one query per 500 ids, not one per record). */
    private static Map<String, RecordVersion> currentVersions(Connection c, List<String> ids) throws SQLException {
        Map<String, RecordVersion> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement(SELECT_VERSION
                    + "join record_head h on h.record_id = v.record_id and h.version = v.version "
                    + "where v.record_id in (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                for (RecordVersion v : versions(s)) {
                    found.put(v.recordId(), v);
                }
            }
        }
        return found;
    }

    /**
     * Writes a new version of every current record that holds sensitive values, encrypted under the
     * active data key (after a key rotation), so old keys protect only history.
     *
     * @return how many records were re-encrypted
     */
    public int reseal(String actor) {
        List<Record> sensitive = dataset().all().filter(SensitiveFields::present).toList();
        if (sensitive.isEmpty()) {
            return 0;
        }
        return context.write(WRITE_FAILED, (c, ledger) -> {
            Map<String, RecordVersion> current = currentVersions(c, sensitive.stream().map(Record::id).toList());
            String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            try (VersionWriter writer = new VersionWriter(c, RecordRepository::bindHead)) {
                for (Record r : sensitive) {
                    String body = VigilJson.write(context.conceal(r));
                    String hash = Sha256.hex(body);
                    int version = current.get(r.id()).version() + 1;
                    writer.add(new RecordVersion(r.id(), version, r.recordType(), r.confidentiality(), false, body,
                            hash, now, actor), r, true);
                    ledger.append(actor, "update", Optional.of(r.id()), version, hash, "re-encrypted with the new data key");
                }
            }
            return sensitive.size();
        });
    }

    /**
     * Marks a record deleted (a new version; history stays). Refuses while other records refer to it.
     */
    public void delete(String id, String actor, String reason) {
        context.write(WRITE_FAILED, (c, ledger) -> {
            RecordVersion current = currentVersion(c, id).filter(v -> !v.deleted())
                    .orElseThrow(() -> new StoreException("there is no record '" + id + "' to delete"));
            List<String> referrers = referencesTo(c, id);
            if (!referrers.isEmpty()) {
                throw new StoreException("record '" + id + "' is still referred to by " + String.join(", ", referrers)
                        + ": change or delete those first");
            }
            String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            int version = current.version() + 1;
            insertVersion(c, new RecordVersion(id, version, current.type(), current.confidentiality(), true,
                    current.body(), current.contentHash(), now, actor));
            upsertHead(c, current.record(), version, true, now);
            try (PreparedStatement s = c.prepareStatement("delete from record_ref where record_id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
            ledger.append(actor, "delete", Optional.of(id), version, current.contentHash(), reason);
            return null;
        });
        changes.accept(new RecordChanges(List.of(), List.of(id)));
    }

    /** The current version of a record, unless deleted. */
    public Optional<Record> find(String id) {
        return findVersion(id).filter(v -> !v.deleted()).map(v -> context.reveal(v.record()));
    }

    /** The current stored version of a record, deleted or not. */
    public Optional<RecordVersion> findVersion(String id) {
        return read(c -> currentVersion(c, id));
    }

    /** The type of a current record. */
    public Optional<RecordType> typeOf(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select record_type from record_head where record_id = ? and deleted = false")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(RecordType.fromCode(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The current records of a type, ordered by date then label. */
    public List<Record> list(RecordType type) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT_VERSION
                    + "join record_head h on h.record_id = v.record_id and h.version = v.version "
                    + "where h.record_type = ? and h.deleted = false order by h.sort_date, h.label, h.record_id")) {
                s.setString(1, type.code());
                return versions(s).stream().map(v -> context.reveal(v.record())).toList();
            }
        });
    }

    /** Every version of a record, oldest first. */
    public List<RecordVersion> history(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT_VERSION + "where v.record_id = ? order by v.version")) {
                s.setString(1, id);
                return versions(s);
            }
        });
    }

    /** How many current records of each type there are. */
    public Map<RecordType, Integer> counts() {
        return read(c -> {
            Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
            for (RecordType t : RecordType.values()) {
                counts.put(t, 0);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select record_type, count(*) from record_head where deleted = false group by record_type");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(RecordType.fromCode(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    /** Every current record, as a data set. */
    public Dataset dataset() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT_VERSION
                    + "join record_head h on h.record_id = v.record_id and h.version = v.version "
                    + "where h.deleted = false order by v.record_id")) {
                return Dataset.of(versions(s).stream().map(v -> context.reveal(v.record())).toList());
            }
        });
    }

    /** Ids of current records that refer to this id. */
    private static List<String> referencesTo(Connection c, String id) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select r.record_id from record_ref r join record_head h "
                + "on h.record_id = r.record_id where r.ref_id = ? and h.deleted = false order by r.record_id")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** The current records that refer to a record (an event's acts, a person's proceedings …). */
    public List<Record> referring(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT_VERSION
                    + "join record_head h on h.record_id = v.record_id and h.version = v.version "
                    + "join record_ref r on r.record_id = v.record_id "
                    + "where r.ref_id = ? and h.deleted = false order by h.sort_date, v.record_id")) {
                s.setString(1, id);
                return versions(s).stream().map(v -> context.reveal(v.record())).toList();
            }
        });
    }

    /**
     * What is wrong with the index of references ({@code record_ref}), for {@code verify}: it must hold exactly
     * the references of every current record. Pages find an event's acts through it, so an emptied index
     * would silently hide them.
     */
    public static List<String> referenceIndexProblems(Connection c) throws SQLException {
        java.util.Map<String, Set<String>> expected = new java.util.TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(SELECT_VERSION
                + "join record_head h on h.record_id = v.record_id and h.version = v.version where h.deleted = false")) {
            for (RecordVersion v : versions(s)) {
                Set<String> refs = ReferenceScan.references(v.record());
                if (!refs.isEmpty()) {
                    expected.put(v.recordId(), refs);
                }
            }
        }
        java.util.Map<String, Set<String>> actual = new java.util.TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("select record_id, ref_id from record_ref");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                actual.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new java.util.TreeSet<>(expected.keySet());
        ids.addAll(actual.keySet());
        for (String id : ids) {
            Set<String> want = expected.getOrDefault(id, Set.of());
            Set<String> have = actual.getOrDefault(id, Set.of());
            if (!want.equals(have)) {
                problems.add("the reference index (record_ref) lists " + have + " for record '" + id + "' but the "
                        + "record refers to " + want + ": the index was altered outside Vigil");
            }
        }
        return problems;
    }

    /** The ids a record refers to: the values of the references its type declares. */
    public static Set<String> referencesOf(Record record) {
        return ReferenceScan.references(record);
    }

    /** The current records with these ids (missing and deleted ones left out). */
    public List<Record> findAll(Collection<String> ids) {
        return read(c -> currentVersions(c, List.copyOf(ids)).values().stream().filter(v -> !v.deleted())
                .map(v -> context.reveal(v.record())).toList());
    }

    private static Optional<RecordVersion> currentVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT_VERSION
                + "join record_head h on h.record_id = v.record_id and h.version = v.version where v.record_id = ?")) {
            s.setString(1, id);
            List<RecordVersion> list = versions(s);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    static List<RecordVersion> versions(PreparedStatement s) throws SQLException {
        List<RecordVersion> list = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                list.add(new RecordVersion(rs.getString(1), rs.getInt(2), RecordType.fromCode(rs.getString(3)),
                        Confidentiality.fromCode(rs.getString(4)), rs.getBoolean(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
        return list;
    }

    /** Inserts a version row exactly as given (also used by restore). */
    public static void insertVersion(Connection c, RecordVersion v) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into record_version (record_id, version, record_type, "
                + "confidentiality, deleted, body, content_hash, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, v.recordId());
            s.setInt(2, v.version());
            s.setString(3, v.type().code());
            s.setString(4, v.confidentiality().code());
            s.setBoolean(5, v.deleted());
            s.setString(6, v.body());
            s.setString(7, v.contentHash());
            s.setString(8, v.createdAt());
            s.setString(9, v.createdBy());
            s.executeUpdate();
        }
    }

    /** Points the record's head at a version (also used by restore). */
    public static void upsertHead(Connection c, Record r, int version, boolean deleted, String at) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update record_head set version = ?, record_type = ?, "
                + "confidentiality = ?, deleted = ?, label = ?, sort_date = ?, updated_at = ? where record_id = ?")) {
            bindHead(u, r, version, deleted, at);
            if (u.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("insert into record_head (version, record_type, confidentiality, "
                + "deleted, label, sort_date, updated_at, record_id) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindHead(i, r, version, deleted, at);
            i.executeUpdate();
        }
    }

    /** Records what a current record refers to (also used by restore). */
    public static void insertReferences(Connection c, Record r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into record_ref (record_id, ref_id) values (?, ?)")) {
            for (String ref : ReferenceScan.references(r)) {
                s.setString(1, r.id());
                s.setString(2, ref);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Binds a head row's values in the column order shared by the insert and the update statements. */
    static void bindHead(PreparedStatement s, Record r, int version, boolean deleted, String at) throws SQLException {
        String label = r.label().length() > 500 ? r.label().substring(0, 500) : r.label();
        s.setInt(1, version);
        s.setString(2, r.recordType().code());
        s.setString(3, r.confidentiality().code());
        s.setBoolean(4, deleted);
        s.setString(5, label);
        s.setString(6, r.sortDate().map(d -> d.earliest().toString()).orElse(null));
        s.setString(7, at);
        s.setString(8, r.id());
    }

    private <T> T read(StoreContext.Query<T> query) {
        return context.read("cannot read from the data set", query);
    }
}
