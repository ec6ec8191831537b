package org.vigil.app.web.forms;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.web.security.Caller;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.records.RecordVersion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Create, edit and delete forms for every record type, derived from the model. */
@Controller
public class RecordForms {

    private final Store store;
    private final Caller caller;
    private final FormSchema schema;
    private final FormBinding binding;

    /** Forms over the application's store. */
    public RecordForms(Store store, Caller caller) {
        this.store = store;
        this.caller = caller;
        this.schema = new FormSchema(store.vocabularies());
        this.binding = new FormBinding(schema, new DatasetValidator(store.vocabularies()));
    }

    /** An empty form for a new record. */
    @GetMapping("/records/new")
    public String create(@RequestParam String type, Model model) {
        RecordType t = type(type);
        return show(model, t, "", true, Map.of("confidentiality", "internal"), Map.of(), null);
    }

    /** Saves a new record, or shows the form again with its errors. */
    @PostMapping("/records/new")
    public String created(@RequestParam String type, HttpServletRequest request, Model model) {
        RecordType t = type(type);
        String id = Optional.ofNullable(request.getParameter("id")).map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> prefix(t) + "-" + UUID.randomUUID().toString().substring(0, 8));
        if (store.records().findVersion(id).isPresent()) {
            return show(model, t, id, true, FormBinding.valuesOf(caller.view(store.records().find(id).orElseThrow())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT))), Map.of("id",
                    "id '" + id + "' is taken: choose another or leave it empty"), null);
        }
        return save(t, id, request, model, true, null);
    }

    /** The edit form of a record. */
    @GetMapping("/records/{id}/edit")
    public String edit(@PathVariable String id, Model model) {
        Record r = visible(id);
        RecordVersion v = store.records().findVersion(id).orElseThrow();
        return show(model, r.recordType(), id, false, FormBinding.valuesOf(r), Map.of(), v.version());
    }

    /** Saves a new version, unless someone else saved one since the form was opened. */
    @PostMapping("/records/{id}/edit")
    public String edited(@PathVariable String id, @RequestParam(required = false) Integer baseVersion,
                         HttpServletRequest request, Model model) {
        Record current = visible(id);
        int version = store.records().findVersion(id).orElseThrow().version();
        if (baseVersion != null && baseVersion != version) {
            return show(model, current.recordType(), id, false, FormBinding.valuesOf(current), Map.of("",
                    "someone saved this record (now version " + version + ") after you opened it; this form shows "
                            + "the current version — make your change again"), version);
        }
        return save(current.recordType(), id, request, model, false, version);
    }

    /** Marks a record deleted (its history stays). */
    @PostMapping("/records/{id}/delete")
    public String delete(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model) {
        visible(id);
        try {
            store.records().delete(id, caller.actor(), reason);
        } catch (StoreException e) {
            model.addAttribute("message", e.getMessage());
            return "message";
        }
        return "redirect:/";
    }

    private String save(RecordType type, String id, HttpServletRequest request, Model model, boolean isNew,
                        Integer baseVersion) {
        FormBinding.Result result = binding.bind(type, id, request.getParameterMap(), store.records()::typeOf);
        if (result.record().isEmpty()) {
            return show(model, type, id, isNew, result.values(), result.errors(), baseVersion);
        }
        Record record = result.record().get();
        if (!caller.access().canSee(record)) {
            // Saving a record as restricted without being assigned would lock the author out: assign them.
            new org.vigil.store.users.UserAccounts(store).assign(record.id(), caller.actor(), caller.actor());
            caller.refresh();
        }
        try {
            store.records().save(List.of(record), caller.actor());
        } catch (InvalidDataException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.put(p.location(), p.message()));
            return show(model, type, id, isNew, result.values(), errors, baseVersion);
        }
        return "redirect:/records/" + id;
    }

    private String show(Model model, RecordType type, String id, boolean isNew, Map<String, String> values,
                        Map<String, String> errors, Integer baseVersion) {
        model.addAttribute("title", (isNew ? "New " : "Edit ") + type.label().toLowerCase());
        model.addAttribute("fields", schema.fields(type));
        model.addAttribute("form", new FormView(values, errors));
        model.addAttribute("isNew", isNew);
        model.addAttribute("recordId", id);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("action", isNew ? "/records/new?type=" + type.code() : "/records/" + id + "/edit");
        model.addAttribute("cancel", isNew ? "/" : "/records/" + id);
        model.addAttribute("datalists", datalists());
        return "form";
    }

    /** Suggestions for id fields: visible records of each type (the newest 500 per type). */
    private Map<String, List<Record>> datalists() {
        Map<String, List<Record>> lists = new LinkedHashMap<>();
        for (RecordType t : RecordType.values()) {
            lists.put(t.code(), store.records().list(t).stream().flatMap(r -> caller.view(r).stream()).limit(500)
                    .toList());
        }
        return lists;
    }

    private Record visible(String id) {
        return store.records().find(id).flatMap(caller::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
    }

    private static RecordType type(String code) {
        try {
            return RecordType.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static String prefix(RecordType t) {
        return switch (t) {
            case EVENT -> "evt";
            case ACT -> "act";
            case PERSON -> "per";
            case ORGANISATION -> "org";
            case INVOLVEMENT -> "inv";
            case PROCEEDING -> "prc";
            case INTERVENTION -> "int";
            case SOURCE -> "src";
            case EVENT_LINK -> "lnk";
            case CASE -> "case";
        };
    }
}
