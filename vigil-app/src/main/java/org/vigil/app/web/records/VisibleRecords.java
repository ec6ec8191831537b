package org.vigil.app.web.records;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.web.security.Caller;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.dataset.Violation;
import org.vigil.core.model.Act;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.records.RecordRepository;
import org.vigil.store.users.UserAccounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The store's records as the signed-in caller may see them: the one place pages and the API read a record,
 * its neighbours, or save one, so that no page can forget to apply the caller's access.
 */
@Service
public class VisibleRecords {

    private final Store store;
    private final Caller caller;
    private final UserAccounts accounts;

    /** The records of the application's store, seen by the current caller. */
    public VisibleRecords(Store store, Caller caller, UserAccounts accounts) {
        this.store = store;
        this.caller = caller;
        this.accounts = accounts;
    }

    /** The record as the caller may see it; empty when it does not exist, is deleted or is hidden from them. */
    public Optional<Record> find(String id) {
        return store.records().find(id).flatMap(caller::view);
    }

    /** The record as the caller may see it, or 404: a record the caller may not see does not exist for them. */
    public Record require(String id) {
        return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
    }

    /**
     * The type of a record the caller may see; empty for one they may not, exactly as for an id that names
     * nothing. Checking references with this (not the store's own look-up) keeps a researcher from learning
     * that a restricted id exists or what it is ("is a person") from a form's or the API's error.
     */
    public Optional<RecordType> typeOf(String id) {
        return find(id).map(Record::recordType);
    }

    /** The lookup that titles and readable fields use to name the records a record refers to. */
    public Function<String, Optional<Record>> lookup() {
        return this::find;
    }

    /** Every record of a type the caller may see, as they may see it. */
    public List<Record> list(RecordType type) {
        return store.records().list(type).stream().flatMap(r -> caller.view(r).stream()).toList();
    }

    /** Every record the caller may see, as they may see it. */
    public List<Record> all() {
        return store.records().dataset().all().flatMap(r -> caller.view(r).stream()).toList();
    }

    /** The records that refer to a record, those the caller may see. */
    public List<Record> referring(String id) {
        return store.records().referring(id).stream().flatMap(r -> caller.view(r).stream()).toList();
    }

    /**
     * A record with everything around it that its page shows, the record first: records referring to it, the
     * involvements of its acts, and two hops of references out (an involvement's act, then that act's event),
     * all as the caller may see them. Read by reference, not by loading the data set.
     */
    public List<Record> neighbourhood(Record focus) {
        Map<String, Record> found = new LinkedHashMap<>();
        found.put(focus.id(), focus);
        referring(focus.id()).forEach(r -> found.put(r.id(), r));
        List<String> acts = found.values().stream().filter(Act.class::isInstance).map(Record::id).toList();
        for (String act : acts) {
            referring(act).forEach(r -> found.put(r.id(), r));
        }
        for (int hop = 0; hop < 2; hop++) {
            Set<String> referenced = new TreeSet<>();
            for (Record r : found.values()) {
                referenced.addAll(RecordRepository.referencesOf(r));
            }
            referenced.removeAll(found.keySet());
            for (Record r : store.records().findAll(referenced)) {
                caller.view(r).ifPresent(v -> found.put(v.id(), v));
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Saves a new record or a new version as the caller, and returns it as they may now see it. A record the
     * caller could not see once saved (restricted, and not assigned to them) is assigned to them first: saving
     * it must not lock its author out.
     */
    public Record save(Record record) {
        // References are checked against what the caller may see first: a new act or involvement must not
        // hang off a restricted record they cannot see (whose id would then show to viewers). The store
        // checks again against everything, which can no longer fail on a hidden record.
        List<Violation> hidden = new DatasetValidator(store.vocabularies()).validate(Dataset.of(List.of(record)),
                this::typeOf);
        if (!hidden.isEmpty()) {
            throw new InvalidDataException(hidden.stream().map(v -> new Problem(v.type().code() + " '"
                    + v.recordId() + "'", 0, v.field(), v.message())).toList());
        }
        if (!caller.access().canSee(record)) {
            accounts.assign(record.id(), caller.actor(), caller.actor());
            caller.refresh();
        }
        store.records().save(List.of(record), caller.actor());
        return find(record.id()).orElseThrow();
    }
}
