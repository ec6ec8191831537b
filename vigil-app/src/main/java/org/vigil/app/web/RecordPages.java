package org.vigil.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.search.DateFilter;
import org.vigil.app.web.search.SearchService;
import org.vigil.app.web.security.Caller;
import org.vigil.app.web.view.EventRow;
import org.vigil.app.web.view.EventView;
import org.vigil.app.web.view.OrganisationView;
import org.vigil.app.web.view.PersonFacts;
import org.vigil.app.web.view.PersonRow;
import org.vigil.app.web.view.SourceRow;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.json.DatasetCsv;
import org.vigil.core.json.DatasetJson;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.core.hash.Sha256;
import org.vigil.store.Store;
import org.vigil.store.ledger.Disclosures;
import org.vigil.store.search.SearchQuery;
import org.vigil.store.search.SearchSort;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The read-only pages: events, persons and their case timelines, organisations, sources. */
@Controller
public class RecordPages {

    private final Store store;
    private final Caller caller;
    private final VisibleRecords records;
    private final SearchService search;

    /** Pages over the application's store. */
    public RecordPages(Store store, Caller caller, VisibleRecords records, SearchService search) {
        this.store = store;
        this.caller = caller;
        this.records = records;
        this.search = search;
    }

    /** A page of visible records of a type, in an order, with the result for paging and facets. */
    private List<Record> listed(SearchQuery query, Model model) {
        var result = search.search(query);
        model.addAttribute("result", result);
        var here = ServletUriComponentsBuilder.fromCurrentRequest();
        model.addAttribute("previousPage", here.replaceQueryParam("page", result.page() - 1).build().toUriString());
        model.addAttribute("nextPage", here.replaceQueryParam("page", result.page() + 1).build().toUriString());
        return search.records(result);
    }

    /** A record as its page shows it, with the records around it. */
    private record Shown<T extends Record>(T record, Casebook book) {
    }

    /** One record of a type with its neighbourhood, for its page; any other type or an invisible record is 404. */
    private <T extends Record> Shown<T> detail(String id, Class<T> type, String attribute, String template,
                                               Model model) {
        T record = Optional.of(records.require(id)).filter(type::isInstance).map(type::cast).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + template + " " + id));
        Casebook book = new Casebook(Dataset.of(records.neighbourhood(record)), store.vocabularies());
        model.addAttribute("book", book);
        model.addAttribute(attribute, record);
        model.addAttribute("canWrite", caller.user().map(u -> u.role().canWrite()).orElse(false));
        return new Shown<>(record, book);
    }

    /** A casebook with no records, for pages that only need vocabulary labels. */
    private Casebook labels() {
        return new Casebook(Dataset.empty(), store.vocabularies());
    }

    /** The records this caller may see, as they may see them. */
    private Casebook casebook() {
        return new Casebook(Dataset.of(records.all()), store.vocabularies());
    }

    /** Overview: how many records of each type the user may see, and the latest events. */
    @GetMapping("/")
    public String home(Model model) {
        var all = search.search(SearchQuery.all().atPage(1, 1));
        Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            counts.put(t, 0L);
        }
        all.types().forEach(f -> counts.put(RecordType.fromCode(f.value()), f.count()));
        model.addAttribute("counts", counts);
        Map<RecordType, String> lists = new EnumMap<>(RecordType.class);
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
        model.addAttribute("events", EventRow.of(newestFirst(listed(SearchQuery.list(RecordType.EVENT)
                .sortedBy(SearchSort.NEWEST_FIRST).atPage(1, 25), model))));
        model.addAttribute("book", labels());
        return "home";
    }

    /**
     * Events, filtered by words, violation category, place and period, newest first, fifty a page. A period
     * that is not a date answers 400 with the form and the error beside the field, and no list at all: a list
     * that ignored the filter would pass for a filtered one.
     */
    @GetMapping("/events")
    public String events(@RequestParam(defaultValue = "") String q,
                         @RequestParam(defaultValue = "") String category,
                         @RequestParam(defaultValue = "") String place,
                         @RequestParam(defaultValue = "") String from,
                         @RequestParam(defaultValue = "") String to,
                         @RequestParam(defaultValue = "1") int page,
                         Model model, HttpServletResponse response) {
        model.addAttribute("book", labels());
        model.addAttribute("categories", store.vocabularies().get(VocabularyKind.VIOLATION_CATEGORY).terms());
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("place", place);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        var fromDate = DateFilter.read(from);
        var toDate = DateFilter.read(to);
        Map<String, String> errors = new LinkedHashMap<>();
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
        var query = SearchQuery.list(RecordType.EVENT).withText(q.strip())
                .sortedBy(SearchSort.NEWEST_FIRST).atNearestPage(page, 50)
                .withPeriod(fromDate.first(), toDate.last());
        if (!category.isBlank()) {
            query = query.withCategories(Set.of(category.strip()));
        }
        if (!place.isBlank()) {
            query = query.withPlace(place.strip());
        }
        model.addAttribute("events", EventRow.of(newestFirst(listed(query, model))));
        return "events";
    }

    /**
     * A page of events newest first by their start dates. The index orders a span by the earliest day of its
     * start or end, so an event of March 2012 that ends "2012" sorts as 1 January; within a page the dates
     * themselves decide.
     */
    private static List<Event> newestFirst(List<Record> records) {
        return EventOrder.newestFirst(records.stream().map(Event.class::cast).toList());
    }

    /** One event with its acts, perpetrators, proceedings, interventions and linked events. */
    @GetMapping("/events/{id}")
    public String event(@PathVariable String id, Model model) {
        var shown = detail(id, Event.class, "event", "event", model);
        model.addAttribute("view", EventView.of(shown.record(), shown.book()));
        return "event";
    }

    /** People and groups, alphabetically, a hundred a page. */
    @GetMapping("/persons")
    public String persons(@RequestParam(defaultValue = "") String q,
                          @RequestParam(defaultValue = "1") int page,
                          Model model) {
        model.addAttribute("people", PersonRow.of(listed(SearchQuery.list(RecordType.PERSON)
                .withText(q.strip()).sortedBy(SearchSort.LABEL).atNearestPage(page, 100),
                model)));
        model.addAttribute("book", labels());
        model.addAttribute("q", q);
        return "persons";
    }

    /** One person or group with their case timeline. */
    @GetMapping("/persons/{id}")
    public String person(@PathVariable String id, Model model) {
        var shown = detail(id, Person.class, "person", "person", model);
        model.addAttribute("facts", PersonFacts.of(shown.record()));
        return "person";
    }

    /** Organisations, alphabetically, a hundred a page. */
    @GetMapping("/organisations")
    public String organisations(@RequestParam(defaultValue = "1") int page,
                                Model model) {
        model.addAttribute("organisations", listed(SearchQuery.list(RecordType.ORGANISATION)
                .sortedBy(SearchSort.LABEL).atNearestPage(page, 100), model));
        model.addAttribute("book", labels());
        return "organisations";
    }

    /** One organisation and the acts it is involved in. */
    @GetMapping("/organisations/{id}")
    public String organisation(@PathVariable String id, Model model) {
        var shown = detail(id, Organisation.class, "org", "organisation", model);
        model.addAttribute("view", OrganisationView.of(id, shown.book()));
        return "organisation";
    }

    /** The records this user may see, as a data set file (sensitive values removed unless the role may read them). */
    @GetMapping("/export")
    public ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format) {
        var dataset = casebook().dataset();
        boolean csv = format.equals("csv");
        String body = csv ? DatasetCsv.write(dataset) : DatasetJson.write(dataset);
        // Written to the ledger before a byte leaves, so a leaked export can be traced to who asked for it.
        new Disclosures(store).record(caller.actor(), "export", "format=" + (csv ? "csv" : "json") + " records="
                + dataset.size(), Sha256.hex(body));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=vigil-export." + (csv ? "csv" : "json"))
                .contentType(csv ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                        : MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** Sources, newest first, a hundred a page. */
    @GetMapping("/sources")
    public String sources(@RequestParam(defaultValue = "1") int page,
                          Model model) {
        model.addAttribute("sources", SourceRow.of(listed(SearchQuery.list(RecordType.SOURCE)
                .sortedBy(SearchSort.NEWEST_FIRST).atNearestPage(page, 100), model)));
        model.addAttribute("book", labels());
        return "sources";
    }
}
