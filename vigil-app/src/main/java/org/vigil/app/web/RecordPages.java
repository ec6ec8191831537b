package org.vigil.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;

/** The read-only pages: events, persons and their case timelines, organisations, sources. */
@Controller
public class RecordPages {

    private final Store store;
    private final org.vigil.app.web.security.Caller caller;

    /** Pages over the application's store. */
    public RecordPages(Store store, org.vigil.app.web.security.Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /**
     * A record with everything around it that its page shows — records referring to it, records those
     * refer to, the involvements of its acts — read by reference, not by loading the data set.
     */
    private Casebook neighbourhood(org.vigil.core.model.Record focus) {
        java.util.Map<String, org.vigil.core.model.Record> found = new java.util.LinkedHashMap<>();
        found.put(focus.id(), focus);
        for (var r : store.records().referring(focus.id())) {
            caller.view(r).ifPresent(v -> found.put(v.id(), v));
        }
        java.util.List<String> acts = found.values().stream()
                .filter(org.vigil.core.model.Act.class::isInstance).map(org.vigil.core.model.Record::id).toList();
        for (String act : acts) {
            for (var r : store.records().referring(act)) {
                caller.view(r).ifPresent(v -> found.put(v.id(), v));
            }
        }
        // Two hops of outgoing references: an involvement's act, then that act's event.
        for (int hop = 0; hop < 2; hop++) {
            java.util.Set<String> referenced = new java.util.TreeSet<>();
            for (var r : found.values()) {
                referenced.addAll(referencesOf(r));
            }
            referenced.removeAll(found.keySet());
            for (var r : store.records().findAll(referenced)) {
                caller.view(r).ifPresent(v -> found.put(v.id(), v));
            }
        }
        return new Casebook(org.vigil.core.dataset.Dataset.of(found.values()), store.vocabularies());
    }

    private static java.util.Set<String> referencesOf(org.vigil.core.model.Record r) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        var flat = org.vigil.core.json.FieldPaths.flatten(org.vigil.core.json.VigilJson.MAPPER.valueToTree(r));
        flat.forEach((path, value) -> {
            String field = path.replaceAll("\\[\\d+]", "");
            field = field.substring(field.lastIndexOf('.') + 1);
            if (field.endsWith("Id") || field.endsWith("Ids")) {
                ids.add(value);
            }
        });
        return ids;
    }

    private org.vigil.core.model.Record visible(String id) {
        return store.records().find(id).flatMap(caller::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
    }

    /** The records this caller may see, as they may see them. */
    private Casebook casebook() {
        var visible = store.records().dataset().all().flatMap(r -> caller.view(r).stream()).toList();
        return new Casebook(org.vigil.core.dataset.Dataset.of(visible), store.vocabularies());
    }

    /** Overview: counts and the events in date order. */
    @GetMapping("/")
    public String home(Model model) {
        Casebook book = casebook();
        model.addAttribute("book", book);
        java.util.Map<RecordType, Integer> counts = new java.util.EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            counts.put(t, book.dataset().records(t).size());
        }
        model.addAttribute("counts", counts);
        model.addAttribute("types", RecordType.values());
        return "home";
    }

    /** All events. */
    @GetMapping("/events")
    public String events(Model model) {
        model.addAttribute("book", casebook());
        return "events";
    }

    /** One event with its acts, perpetrators, proceedings, interventions and linked events. */
    @GetMapping("/events/{id}")
    public String event(@PathVariable String id, Model model) {
        Event event = java.util.Optional.of(visible(id)).filter(Event.class::isInstance).map(Event.class::cast)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no event " + id));
        Casebook book = neighbourhood(event);
        model.addAttribute("book", book);
        model.addAttribute("event", event);
        return "event";
    }

    /** Individuals and groups. */
    @GetMapping("/persons")
    public String persons(Model model) {
        model.addAttribute("book", casebook());
        return "persons";
    }

    /** One person or group with their case timeline. */
    @GetMapping("/persons/{id}")
    public String person(@PathVariable String id, Model model) {
        Person person = java.util.Optional.of(visible(id)).filter(Person.class::isInstance).map(Person.class::cast)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no person " + id));
        Casebook book = neighbourhood(person);
        model.addAttribute("book", book);
        model.addAttribute("person", person);
        return "person";
    }

    /** All organisations. */
    @GetMapping("/organisations")
    public String organisations(Model model) {
        model.addAttribute("book", casebook());
        return "organisations";
    }

    /** One organisation and the acts it is involved in. */
    @GetMapping("/organisations/{id}")
    public String organisation(@PathVariable String id, Model model) {
        Organisation org = java.util.Optional.of(visible(id)).filter(Organisation.class::isInstance)
                .map(Organisation.class::cast)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation " + id));
        Casebook book = neighbourhood(org);
        model.addAttribute("book", book);
        model.addAttribute("org", org);
        return "organisation";
    }

    /** The records this user may see, as a data set file (sensitive values removed unless the role may read them). */
    @GetMapping("/export")
    public org.springframework.http.ResponseEntity<String> export(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "json") String format) {
        var dataset = casebook().dataset();
        boolean csv = format.equals("csv");
        String body = csv ? org.vigil.core.json.DatasetCsv.write(dataset) : org.vigil.core.json.DatasetJson.write(dataset);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=vigil-export." + (csv ? "csv" : "json"))
                .contentType(csv ? org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8")
                        : org.springframework.http.MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** All sources. */
    @GetMapping("/sources")
    public String sources(Model model) {
        model.addAttribute("book", casebook());
        return "sources";
    }
}
