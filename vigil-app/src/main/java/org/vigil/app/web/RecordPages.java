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
        Casebook book = casebook();
        Event event = book.dataset().find(id).filter(Event.class::isInstance).map(Event.class::cast)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no event " + id));
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
        Casebook book = casebook();
        Person person = book.dataset().find(id).filter(Person.class::isInstance).map(Person.class::cast)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no person " + id));
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
        Casebook book = casebook();
        Organisation org = book.dataset().find(id).filter(Organisation.class::isInstance).map(Organisation.class::cast)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation " + id));
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
