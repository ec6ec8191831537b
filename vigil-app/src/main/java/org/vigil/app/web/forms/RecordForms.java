package org.vigil.app.web.forms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.security.Caller;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.records.RecordVersion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Create, edit and delete forms for every record type, derived from the model. A new record's form may
 * be opened with fields filled in ({@code /records/new?type=act&eventId=evt-1&victimId=per-2}); after a
 * save, a page confirms it and offers the parts a case usually needs next.
 */
@Controller
public class RecordForms {

    // Query parameters of the new-record form that are not fields of the record.
    private static final Set<String> NOT_FIELDS = Set.of("type", "step", "for", "id", "_csrf", "baseVersion");

    private final Store store;
    private final Caller caller;
    private final VisibleRecords records;
    private final FormSchema schema;
    private final FormBinding binding;

    /** Forms over the application's store, reading and saving records as the caller may see them. */
    public RecordForms(Store store, Caller caller, VisibleRecords records) {
        this.store = store;
        this.caller = caller;
        this.records = records;
        this.schema = new FormSchema(store.vocabularies());
        this.binding = new FormBinding(schema, new DatasetValidator(store.vocabularies()));
    }

    /**
     * The new-record form; without a type, the list of kinds of record to choose from; for a legal
     * proceeding without a step, the list of kinds of step.
     */
    @GetMapping("/records/new")
    public String create(@RequestParam(required = false) String type, @RequestParam(required = false) String step,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!mayWrite()) {
            return forbidden(response, model);
        }
        if (type == null || type.isBlank()) {
            return chooser(model);
        }
        Optional<RecordType> t = typeOf(type);
        if (t.isEmpty()) {
            return unknownType(type, response, model);
        }
        if (t.get() == RecordType.PROCEEDING && (step == null || !RecordKinds.steps().contains(step))) {
            if (step != null && !step.isBlank()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("unknownStep", step);
            }
            return stepChooser(request, model);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("confidentiality", "internal");
        if (t.get() == RecordType.PERSON) {
            values.put("kind", "individual");
        }
        values.putAll(prefill(t.get(), request));
        if (step != null && t.get() == RecordType.PROCEEDING) {
            values.put("step.kind", step);
        }
        return show(model, t.get(), "", true, values, Map.of(), null, context(request));
    }

    /** Saves a new record and shows what to add next, or shows the form again with its errors. */
    @PostMapping("/records/new")
    public String created(@RequestParam String type, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        Optional<RecordType> found = typeOf(type);
        if (found.isEmpty()) {
            return unknownType(type, response, model);
        }
        RecordType t = found.get();
        String id = Optional.ofNullable(request.getParameter("id")).map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> t.idPrefix() + "-" + UUID.randomUUID().toString().substring(0, 8));
        if (store.records().findVersion(id).isPresent()) {
            Map<String, String> values = new LinkedHashMap<>();
            request.getParameterMap().forEach((k, v) -> values.put(k, v.length == 0 ? "" : v[0]));
            NOT_FIELDS.forEach(values::remove);
            return show(model, t, id, true, values, Map.of("id", "‘" + id
                    + "’ is taken: choose another or leave it empty"), null, context(request));
        }
        return save(t, id, request, model, true, null);
    }

    /** The edit form of a record. */
    @GetMapping("/records/{id}/edit")
    public String edit(@PathVariable String id, HttpServletResponse response, Model model) {
        if (!mayWrite()) {
            return forbidden(response, model);
        }
        Record r = records.require(id);
        RecordVersion v = store.records().findVersion(id).orElseThrow();
        return show(model, r.recordType(), id, false, FormBinding.valuesOf(r), Map.of(), v.version(), "");
    }

    /** Saves a new version, unless someone else saved one since the form was opened. */
    @PostMapping("/records/{id}/edit")
    public String edited(@PathVariable String id, @RequestParam(required = false) Integer baseVersion,
                         HttpServletRequest request, Model model) {
        Record current = records.require(id);
        int version = store.records().findVersion(id).orElseThrow().version();
        if (baseVersion != null && baseVersion != version) {
            return show(model, current.recordType(), id, false, FormBinding.valuesOf(current), Map.of("",
                    "someone saved this record (now version " + version + ") after you opened it; this form shows "
                            + "the current version — make your change again"), version, "");
        }
        return save(current.recordType(), id, request, model, false, version);
    }

    /** Asks before deleting a record. */
    @GetMapping("/records/{id}/delete")
    public String confirmDelete(@PathVariable String id, HttpServletResponse response, Model model) {
        if (!mayWrite()) {
            return forbidden(response, model);
        }
        Record r = records.require(id);
        RecordChoices choices = RecordChoices.of(store, caller);
        model.addAttribute("title", "Delete ‘" + choices.title(r) + "’?");
        model.addAttribute("recordId", id);
        model.addAttribute("kind", RecordKinds.label(r.recordType()));
        model.addAttribute("back", readablePage(r));
        return "delete";
    }

    /** Marks a record deleted (its history stays). */
    @PostMapping("/records/{id}/delete")
    public String delete(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model) {
        records.require(id);
        try {
            store.records().delete(id, caller.actor(), reason);
        } catch (StoreException e) {
            model.addAttribute("message", e.getMessage());
            return "message";
        }
        return "redirect:/";
    }

    /** Confirms a save and offers what to add next. */
    @GetMapping("/records/saved/{id}")
    public String saved(@PathVariable String id, @RequestParam(name = "for", defaultValue = "") String context,
                        HttpServletResponse response, Model model) {
        if (!mayWrite()) {
            return forbidden(response, model);
        }
        Record r = records.require(id);
        RecordChoices choices = RecordChoices.of(store, caller);
        NextParts next = new NextParts(choices);
        model.addAttribute("title", "Saved ‘" + choices.title(r) + "’");
        model.addAttribute("kind", RecordKinds.label(r.recordType()));
        model.addAttribute("recordId", id);
        model.addAttribute("readHref", readablePage(r));
        model.addAttribute("next", next.after(r, choices.find(context)));
        model.addAttribute("steps", next.steps(r));
        model.addAttribute("canWrite", true);
        model.addAttribute("isSource", r.recordType() == RecordType.SOURCE);
        if (r instanceof Proceeding p) {
            model.addAttribute("personHref", "/persons/" + p.personId());
            model.addAttribute("personLabel", choices.label(p.personId()).orElse("the person"));
        }
        return "saved";
    }

    private String save(RecordType type, String id, HttpServletRequest request, Model model, boolean isNew,
                        Integer baseVersion) {
        String context = Optional.ofNullable(request.getParameter("for")).orElse("");
        Map<String, String[]> params = resolveLabels(type, request.getParameterMap());
        FormBinding.Result result = binding.bind(type, id, params, records::typeOf);
        if (result.record().isEmpty()) {
            return show(model, type, id, isNew, result.values(), result.errors(), baseVersion, context);
        }
        Record record = result.record().get();
        try {
            // Saving a record as restricted without being assigned would lock the author out: this assigns them.
            records.save(record);
        } catch (InvalidDataException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.put(p.location(), p.message()));
            return show(model, type, id, isNew, result.values(), errors, baseVersion, context);
        }
        return "redirect:/records/saved/" + id
                + (context.isEmpty() ? "" : "?for=" + URLEncoder.encode(context, StandardCharsets.UTF_8));
    }

    private String show(Model model, RecordType type, String id, boolean isNew, Map<String, String> values,
                        Map<String, String> errors, Integer baseVersion, String context) {
        RecordChoices choices = RecordChoices.of(store, caller);
        String step = values.getOrDefault("step.kind", "");
        String kind = RecordKinds.label(type);
        String title = isNew ? "New " + kind.toLowerCase(Locale.ROOT)
                + (step.isEmpty() ? "" : ": " + RecordKinds.stepLabel(step).toLowerCase(Locale.ROOT))
                : "Edit ‘" + records.find(id).map(choices::title).orElse(id) + "’";
        Map<String, String> chosen = new LinkedHashMap<>();
        values.values().forEach(v -> choices.find(v).ifPresent(r -> chosen.put(v, choices.text(r))));
        model.addAttribute("title", title);
        model.addAttribute("kind", kind);
        model.addAttribute("fields", schema.fields(type));
        model.addAttribute("form", new FormView(values, errors, path -> schema.labelOf(type, path), chosen));
        model.addAttribute("isNew", isNew);
        model.addAttribute("recordId", id);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("context", context);
        model.addAttribute("action", isNew ? "/records/new?type=" + type.code() : "/records/" + id + "/edit");
        model.addAttribute("cancel", isNew ? "/" : "/records/" + id);
        model.addAttribute("datalists", datalists(type, choices));
        model.addAttribute("anotherStep", type == RecordType.PROCEEDING && !isNew
                ? NextParts.link("Add another step for this person", "proceeding",
                "personId", values.getOrDefault("personId", ""), "eventId", values.getOrDefault("eventId", ""),
                "sourceId", values.getOrDefault("citations[0].sourceId", "")) : null);
        return "form";
    }

    /** The pickers this type's form needs: visible records of each set of allowed types, by label. */
    private Map<String, List<RecordChoices.Choice>> datalists(RecordType type, RecordChoices choices) {
        Map<String, List<RecordChoices.Choice>> lists = new LinkedHashMap<>();
        Set<Set<RecordType>> seen = new LinkedHashSet<>();
        for (FieldSpec f : schema.index(type).values()) {
            FieldSpec ref = f.item() != null ? f.item() : f;
            if (!ref.refs().isEmpty() && seen.add(ref.refs())) {
                lists.put(ref.datalistId(), choices.choices(ref.refs()));
            }
        }
        return lists;
    }

    /**
     * The values a link may fill in: any top-level field by its name, the first item of a list of
     * references, and {@code sourceId} as the first citation's source.
     */
    private Map<String, String> prefill(RecordType type, HttpServletRequest request) {
        Map<String, FieldSpec> index = schema.index(type);
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, v) -> {
            String value = v.length == 0 ? "" : v[0].strip();
            if (NOT_FIELDS.contains(name) || value.isEmpty() || name.contains(".") || name.contains("[")) {
                return;
            }
            FieldSpec f = index.get(name);
            if (f != null && f.scalar()) {
                values.put(name, value);
            } else if (f != null && f.kind() == FieldSpec.Kind.LIST && f.item() != null) {
                values.put(name + "[0]", value);
            } else if (name.equals("sourceId") && index.containsKey("citations.sourceId")) {
                values.put("citations[0].sourceId", value);
            }
        });
        return values;
    }

    /** A reference typed as the exact label of one visible record (a name, a title) is taken as its id. */
    private Map<String, String[]> resolveLabels(RecordType type, Map<String, String[]> params) {
        Map<String, FieldSpec> index = schema.index(type);
        RecordChoices choices = null;
        Map<String, String[]> resolved = new LinkedHashMap<>(params);
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            FieldSpec f = index.get(FormBinding.normalise(p.getKey()));
            FieldSpec ref = f == null ? null : f.item() != null ? f.item() : f;
            String value = p.getValue().length == 0 ? "" : p.getValue()[0].strip();
            if (ref == null || ref.refs().isEmpty() || value.isEmpty() || records.typeOf(value).isPresent()) {
                continue;
            }
            choices = choices == null ? RecordChoices.of(store, caller) : choices;
            choices.idOfLabel(value, ref.refs()).ifPresent(id -> resolved.put(p.getKey(), new String[]{id}));
        }
        return resolved;
    }

    private String chooser(Model model) {
        model.addAttribute("title", "New record");
        model.addAttribute("lead", "What do you want to record? A case usually starts with its source, then the "
                + "event, the victim, the act, who did it and the legal steps.");
        model.addAttribute("choices", RecordKinds.ORDER.stream().map(t -> new Kind(RecordKinds.label(t),
                RecordKinds.purpose(t), "/records/new?type=" + t.code())).toList());
        return "new-record";
    }

    private String stepChooser(HttpServletRequest request, Model model) {
        Map<String, String> carried = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("type") && !k.equals("step") && v.length > 0 && !v[0].isBlank()) {
                carried.put(k, v[0]);
            }
        });
        RecordChoices choices = RecordChoices.of(store, caller);
        String person = Optional.ofNullable(carried.get("personId")).flatMap(choices::label).orElse("");
        model.addAttribute("title", "New legal proceeding" + (person.isEmpty() ? "" : " against " + person));
        model.addAttribute("lead", "Which legal step do you want to record? Each step is saved on its own; "
                + "after saving you can add the next one.");
        model.addAttribute("choices", RecordKinds.steps().stream().map(step -> {
            String[] pairs = carried.entrySet().stream().flatMap(e -> Stream.of(e.getKey(),
                    e.getValue())).toArray(String[]::new);
            String[] withStep = Arrays.copyOf(pairs, pairs.length + 2);
            withStep[pairs.length] = "step";
            withStep[pairs.length + 1] = step;
            return new Kind(RecordKinds.stepLabel(step), RecordKinds.stepPurpose(step),
                    NextParts.link("", "proceeding", withStep).href());
        }).toList());
        return "new-record";
    }

    private String unknownType(String type, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        chooser(model);
        model.addAttribute("title", "No such kind of record");
        model.addAttribute("unknownType", type);
        return "new-record";
    }

    private String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("title", "You may not change records");
        model.addAttribute("role", caller.user().map(u -> u.role().code()).orElse("none"));
        return "forbidden";
    }

    /** One entry of a chooser page. */
    public record Kind(String label, String purpose, String href) {
    }

    private boolean mayWrite() {
        return caller.user().map(u -> u.role().canWrite()).orElse(false);
    }

    private String context(HttpServletRequest request) {
        return Optional.ofNullable(request.getParameter("for")).map(String::strip).orElse("");
    }

    /** Where a person reads a record: its type's own page, or the generic record page. */
    private static String readablePage(Record r) {
        return r.recordType().pageOf(r.id());
    }

    private static Optional<RecordType> typeOf(String code) {
        try {
            return Optional.of(RecordType.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
