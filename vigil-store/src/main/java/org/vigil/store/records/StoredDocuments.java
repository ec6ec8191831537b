package org.vigil.store.records;

import org.vigil.core.hash.Sha256;
import org.vigil.store.Store;
import org.vigil.store.ledger.StoreContext;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Named documents of a data set that are not records (the linkage state, say): saved whole, each save
 * recorded in the audit ledger with the document's SHA-256.
 */
public final class StoredDocuments {

    private final StoreContext context;

    /** The documents of an open store. */
    public StoredDocuments(Store store) {
        this.context = store.context();
    }

    /** The document of a name. */
    public Optional<String> get(String name) {
        return context.read("cannot read document " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("select body from stored_document where name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Saves a document in place of the previous one, with a ledger entry. */
    public void put(String name, String body, String actor) {
        String sha = Sha256.hex(body);
        String now = Instant.now().toString();
        context.write("the document " + name + " was not saved", (c, ledger) -> {
                int updated;
                try (PreparedStatement u = c.prepareStatement(
                        "update stored_document set body = ?, sha256 = ?, updated_at = ?, updated_by = ? where name = ?")) {
                    u.setString(1, body);
                    u.setString(2, sha);
                    u.setString(3, now);
                    u.setString(4, actor);
                    u.setString(5, name);
                    updated = u.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement i = c.prepareStatement("insert into stored_document (body, sha256, "
                            + "updated_at, updated_by, name) values (?, ?, ?, ?, ?)")) {
                        i.setString(1, body);
                        i.setString(2, sha);
                        i.setString(3, now);
                        i.setString(4, actor);
                        i.setString(5, name);
                        i.executeUpdate();
                    }
                }
                return ledger.append(actor, "document", Optional.empty(), 0, "", "name=" + name + " sha256=" + sha);
        });
    }
}
