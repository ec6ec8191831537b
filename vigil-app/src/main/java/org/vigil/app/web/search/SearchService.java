package org.vigil.app.web.search;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Record;
import org.vigil.store.Store;
import org.vigil.store.search.AccessScope;
import org.vigil.store.search.SearchIndex;
import org.vigil.store.search.SearchQuery;
import org.vigil.store.search.SearchResult;
import org.vigil.store.users.Access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search index of the served data set: kept beside an embedded store's database ({@code DIR/index})
 * or in memory for a server store, rebuilt when it does not match the store, and updated after every
 * committed change. Every query runs in the caller's access scope.
 */
@Component
public class SearchService implements AutoCloseable {

    private final Store store;
    private final Caller caller;
    private final SearchIndex index;

    /** Opens (and if needed rebuilds) the index of the store. */
    public SearchService(Store store, Caller caller) {
        this.store = store;
        this.caller = caller;
        this.index = store.location().dataDirectory().map(d -> SearchIndex.open(d.resolve("index")))
                .orElseGet(SearchIndex::inMemory);
        long records = store.records().counts().values().stream().mapToLong(Integer::longValue).sum();
        if (index.needsRebuild() || index.documentCount() != records) {
            if (store.locked()) {
                // A passphrase-protected data set cannot be read before someone unlocks it on the web page;
                // rebuilding now would stop the server from starting at all. Rebuild right after the unlock.
                store.onUnlock(this::rebuildAfterUnlock);
            } else {
                index.rebuild(store.records().dataset().all());
            }
        }
        store.onChange(changes -> {
            if (!changes.saved().isEmpty()) {
                index.index(changes.saved());
            }
            changes.deleted().forEach(index::delete);
            // Saves are human-paced; committing each keeps the index from needing a rebuild after a crash.
            index.commit();
        });
    }

    /** The access scope of an access. */
    public static AccessScope scope(Access access) {
        return new AccessScope(access.levels(), access.assigned());
    }

    /** Runs a query as the current caller. */
    public SearchResult search(SearchQuery query) {
        return index.search(query, scope(caller.access()));
    }

    /** The records of a result page, in the result's order, as the caller may see them. */
    public List<Record> records(SearchResult result) {
        List<String> ids = result.hits().stream().map(h -> h.id()).toList();
        Map<String, Record> byId = store.records().findAll(ids).stream()
                .collect(Collectors.toMap(Record::id, Function.identity()));
        List<Record> records = new ArrayList<>();
        for (String id : ids) {
            Optional.ofNullable(byId.get(id)).flatMap(caller::view).ifPresent(records::add);
        }
        return records;
    }

    private void rebuildAfterUnlock() {
        if (index.needsRebuild() || index.documentCount() != store.records().counts().values().stream()
                .mapToLong(Integer::longValue).sum()) {
            index.rebuild(store.records().dataset().all());
        }
    }

    /** Rebuilds the index from the store (after a restore, say). */
    public long rebuild() {
        return index.rebuild(store.records().dataset().all());
    }

    @PreDestroy
    @Override
    public void close() {
        index.close();
    }
}
