package org.vigil.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.web.forms.FormBinding;
import org.vigil.app.web.security.Caller;
import org.vigil.core.json.FieldPaths;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Record;
import org.vigil.store.Store;
import org.vigil.store.attachments.AttachmentStore;
import org.vigil.store.records.RecordVersion;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Any record: its fields, its history with what changed in each version, its attachments. */
@Controller
public class RecordPage {

    private final Store store;
    private final Caller caller;

    /** Pages over the application's store. */
    public RecordPage(Store store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** One change of one field between two versions. */
    public record Change(String field, String before, String after) {
    }

    /** One version with its changes from the previous one. */
    public record VersionView(int version, String createdAt, String createdBy, boolean deleted, List<Change> changes) {
    }

    /** The record's fields. */
    @GetMapping("/records/{id}")
    public String record(@PathVariable String id, Model model) {
        Record r = visible(id);
        RecordVersion v = store.records().findVersion(id).orElseThrow();
        model.addAttribute("record", r);
        model.addAttribute("version", v);
        model.addAttribute("fields", FormBinding.valuesOf(r));
        model.addAttribute("canWrite", caller.user().map(u -> u.role().canWrite()).orElse(false));
        model.addAttribute("isAdmin", caller.user().map(u -> u.role() == Role.ADMIN).orElse(false));
        model.addAttribute("attachments", r.recordType() == org.vigil.core.model.RecordType.SOURCE
                ? new AttachmentStore(store).of(id) : List.of());
        model.addAttribute("assignees", new UserAccounts(store).assignees(id));
        model.addAttribute("users", caller.user().filter(u -> u.role() == Role.ADMIN)
                .map(u -> new UserAccounts(store).all()).orElse(List.of()));
        return "record";
    }

    /** Every version of the record, newest first, each with the fields it changed. */
    @GetMapping("/records/{id}/history")
    public String history(@PathVariable String id, Model model) {
        Record current = visible(id);
        List<RecordVersion> versions = store.records().history(id);
        List<VersionView> views = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (RecordVersion v : versions) {
            Record r = store.reveal(v.record());
            Map<String, String> fields = caller.view(r).map(x -> FieldPaths.flatten(VigilJson.MAPPER.valueToTree(x)))
                    .orElse(Map.of());
            Map<String, String> now = new LinkedHashMap<>(fields);
            now.remove("type");
            views.add(new VersionView(v.version(), v.createdAt(), v.createdBy(), v.deleted(), diff(previous, now)));
            previous = now;
        }
        java.util.Collections.reverse(views);
        model.addAttribute("record", current);
        model.addAttribute("versions", views);
        return "history";
    }

    static List<Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            String b = before.getOrDefault(k, "");
            String a = after.getOrDefault(k, "");
            if (!b.equals(a)) {
                changes.add(new Change(k, b, a));
            }
        }
        return changes;
    }

    private Record visible(String id) {
        Optional<Record> r = store.records().find(id).flatMap(caller::view);
        return r.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
    }
}
