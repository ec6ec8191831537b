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
    private final org.vigil.app.web.search.SearchService search;

    /** Pages over the application's store. */
    public RecordPages(Store store, org.vigil.app.web.security.Caller caller,
                       org.vigil.app.web.search.SearchService search) {
        this.store = store;
        this.caller = caller;
        this.search = search;
    }

    /** A page of visible records of a type, in an order, with the result for paging and facets. */
    private java.util.List<org.vigil.core.model.Record> listed(org.vigil.store.search.SearchQuery query, Model model) {
        var result = search.search(query);
        model.addAttribute("result", result);
        var here = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest();
        model.addAttribute("previousPage", here.replaceQueryParam("page", result.page() - 1).build().toUriString());
        model.addAttribute("nextPage", here.replaceQueryParam("page", result.page() + 1).build().toUriString());
        return search.records(result);
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
                referenced.addAll(org.vigil.store.records.RecordRepository.referencesOf(r));
            }
            referenced.removeAll(found.keySet());
            for (var r : store.records().findAll(referenced)) {
                caller.view(r).ifPresent(v -> found.put(v.id(), v));
            }
        }
        return new Casebook(org.vigil.core.dataset.Dataset.of(found.values()), store.vocabularies());
    }

    /** A page of one record of a type, with its neighbourhood; any other type or an invisible record is 404. */
    private String detail(String id, Class<? extends org.vigil.core.model.Record> type, String attribute,
                          String template, Model model) {
        var record = java.util.Optional.of(visible(id)).filter(type::isInstance).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + template + " " + id));
        model.addAttribute("book", neighbourhood(record));
        model.addAttribute(attribute, record);
        model.addAttribute("canWrite", caller.user().map(u -> u.role().canWrite()).orElse(false));
        return template;
    }

    /** A casebook with no records, for pages that only need vocabulary labels. */
    private Casebook labels() {
        return new Casebook(org.vigil.core.dataset.Dataset.empty(), store.vocabularies());
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

    /** Overview: how many records of each type the user may see, and the latest events. */
    @GetMapping("/")
    public String home(Model model) {
        var all = search.search(org.vigil.store.search.SearchQuery.all().atPage(1, 1));
        java.util.Map<RecordType, Long> counts = new java.util.EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            counts.put(t, 0L);
        }
        all.types().forEach(f -> counts.put(RecordType.fromCode(f.value()), f.count()));
        model.addAttribute("counts", counts);
        java.util.Map<RecordType, String> lists = new java.util.EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            lists.put(t, switch (t) {
                case EVENT -> "/events";
                case PERSON -> "/persons";
                case ORGANISATION -> "/organisations";
                case SOURCE -> "/sources";
                case CASE -> "/cases";
                default -> "/search?type=" + t.code();
            });
        }
        model.addAttribute("listOf", lists);
        model.addAttribute("types", RecordType.values());
        model.addAttribute("events", newestFirst(listed(org.vigil.store.search.SearchQuery.list(RecordType.EVENT)
                .sortedBy(org.vigil.store.search.SearchSort.NEWEST_FIRST).atPage(1, 25), model)));
        model.addAttribute("book", labels());
        return "home";
    }

    /**
     * Events, filtered by words, violation category, place and period, newest first, fifty a page. A period
     * that is not a date answers 400 with the form and the error beside the field, and no list at all: a list
     * that ignored the filter would pass for a filtered one.
     */
    @GetMapping("/events")
    public String events(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                         @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String category,
                         @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String place,
                         @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String from,
                         @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String to,
                         @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page,
                         Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("book", labels());
        model.addAttribute("categories", store.vocabularies().get(org.vigil.core.vocab.VocabularyKind.VIOLATION_CATEGORY).terms());
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("place", place);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        var fromDate = org.vigil.app.web.search.DateFilter.read(from);
        var toDate = org.vigil.app.web.search.DateFilter.read(to);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        fromDate.error().ifPresent(e -> errors.put("from", e));
        toDate.error().ifPresent(e -> errors.put("to", e));
        if (errors.isEmpty() && fromDate.first().isPresent() && toDate.last().isPresent()
                && toDate.last().get().isBefore(fromDate.first().get())) {
            errors.put("to", "“" + to.strip() + "” ends before “" + from.strip()
                    + "” begins: give a later end, or swap the two.");
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "events";
        }
        var query = org.vigil.store.search.SearchQuery.list(RecordType.EVENT).withText(q.strip())
                .sortedBy(org.vigil.store.search.SearchSort.NEWEST_FIRST).atPage(Math.max(1, page), 50)
                .withPeriod(fromDate.first(), toDate.last());
        if (!category.isBlank()) {
            query = query.withCategories(java.util.Set.of(category.strip()));
        }
        if (!place.isBlank()) {
            query = query.withPlace(place.strip());
        }
        model.addAttribute("events", newestFirst(listed(query, model)));
        return "events";
    }

    /**
     * A page of events newest first by their start dates. The index orders a span by the earliest day of its
     * start or end, so an event of March 2012 that ends "2012" sorts as 1 January; within a page the dates
     * themselves decide.
     */
    private static java.util.List<Event> newestFirst(java.util.List<org.vigil.core.model.Record> records) {
        return EventOrder.newestFirst(records.stream().map(Event.class::cast).toList());
    }

    /** One event with its acts, perpetrators, proceedings, interventions and linked events. */
    @GetMapping("/events/{id}")
    public String event(@PathVariable String id, Model model) {
        return detail(id, Event.class, "event", "event", model);
    }

    /** People and groups, alphabetically, a hundred a page. */
    @GetMapping("/persons")
    public String persons(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q,
                          @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page,
                          Model model) {
        model.addAttribute("people", listed(org.vigil.store.search.SearchQuery.list(RecordType.PERSON)
                .withText(q.strip()).sortedBy(org.vigil.store.search.SearchSort.LABEL).atPage(Math.max(1, page), 100),
                model));
        model.addAttribute("book", labels());
        model.addAttribute("q", q);
        return "persons";
    }

    /** One person or group with their case timeline. */
    @GetMapping("/persons/{id}")
    public String person(@PathVariable String id, Model model) {
        return detail(id, Person.class, "person", "person", model);
    }

    /** Organisations, alphabetically, a hundred a page. */
    @GetMapping("/organisations")
    public String organisations(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page,
                                Model model) {
        model.addAttribute("organisations", listed(org.vigil.store.search.SearchQuery.list(RecordType.ORGANISATION)
                .sortedBy(org.vigil.store.search.SearchSort.LABEL).atPage(Math.max(1, page), 100), model));
        model.addAttribute("book", labels());
        return "organisations";
    }

    /** One organisation and the acts it is involved in. */
    @GetMapping("/organisations/{id}")
    public String organisation(@PathVariable String id, Model model) {
        return detail(id, Organisation.class, "org", "organisation", model);
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

    /** Sources, newest first, a hundred a page. */
    @GetMapping("/sources")
    public String sources(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page,
                          Model model) {
        model.addAttribute("sources", listed(org.vigil.store.search.SearchQuery.list(RecordType.SOURCE)
                .sortedBy(org.vigil.store.search.SearchSort.NEWEST_FIRST).atPage(Math.max(1, page), 100), model));
        model.addAttribute("book", labels());
        return "sources";
    }
}
