package org.vigil.app.web.search;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.app.web.RecordTitles;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.store.Store;
import org.vigil.store.search.SearchQuery;
import org.vigil.store.search.SearchResult;
import org.vigil.store.search.SearchSort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Full-text search across every record the user may see, in any script or spelling. */
@Controller
public class SearchPage {

    private final SearchService search;
    private final Store store;
    private final Caller caller;
    private final VisibleRecords visible;

    /** The page over the search service. */
    public SearchPage(SearchService search, Store store, Caller caller, VisibleRecords visible) {
        this.search = search;
        this.store = store;
        this.caller = caller;
        this.visible = visible;
    }

    /**
     * One hit as the page shows it: the record's title in words, leading to its readable page.
     *
     * @param snippet the matching passage as escaped HTML with the matches marked, or empty
     */
    public record Hit(String href, String title, String type, String when, String snippet) {
    }

    /** A facet choice in words. */
    public record Choice(String code, String label, long count) {
    }

    /** Results with facets by type and violation category. */
    @GetMapping("/search")
    public String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
                         @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String from,
                         @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") int page,
                         Model model, HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("category", category);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        DateFilter fromDate = DateFilter.read(from);
        DateFilter toDate = DateFilter.read(to);
        Map<String, String> errors = new LinkedHashMap<>();
        fromDate.error().ifPresent(e -> errors.put("from", e));
        toDate.error().ifPresent(e -> errors.put("to", e));
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            // No results rather than unfiltered ones that would pass for filtered.
            response.setStatus(400);
            return "search";
        }
        SearchQuery query = SearchQuery.all().withText(q.strip()).sortedBy(SearchSort.RELEVANCE)
                .atNearestPage(page, 20);
        Optional<RecordType> t = parseType(type);
        if (t.isPresent()) {
            query = query.withTypes(Set.of(t.get()));
        }
        if (!category.isBlank()) {
            query = query.withCategories(Set.of(category));
        }
        query = query.withPeriod(fromDate.first(), toDate.last());
        SearchResult result = search.search(query);
        model.addAttribute("result", result);
        model.addAttribute("hits", hits(result));
        var vocab = store.vocabularies();
        model.addAttribute("types", result.types().stream().map(f -> new Choice(f.value(),
                parseType(f.value()).map(RecordType::label).orElse(f.value()), f.count())).toList());
        model.addAttribute("categories", result.categories().stream().map(f -> new Choice(f.value(),
                vocab.get(VocabularyKind.VIOLATION_CATEGORY).label(f.value()), f.count())).toList());
        model.addAttribute("typeLabel", parseType(type).map(RecordType::label).orElse(""));
        model.addAttribute("categoryLabel", category.isBlank() ? ""
                : vocab.get(VocabularyKind.VIOLATION_CATEGORY).label(category));
        return "search";
    }

    private List<Hit> hits(SearchResult result) {
        var titles = new RecordTitles(visible.lookup(), store.vocabularies());
        Map<String, Record> records = new HashMap<>();
        search.records(result).forEach(r -> records.put(r.id(), r));
        List<Hit> hits = new ArrayList<>();
        for (var h : result.hits()) {
            var r = records.get(h.id());
            if (r == null) {
                continue;
            }
            String when = h.start().map(d -> d.toEnglish()).orElse("");
            hits.add(new Hit(readablePage(r), titles.of(r), h.type().label(), when,
                    h.snippet().map(sn -> readable(sn.toHtml())).orElse("")));
        }
        return hits;
    }

    /** A passage's parts that name records by id: the index holds stored labels such as "torture (per-…)". */
    private static final Pattern NAMES_AN_ID = Pattern.compile(
            "\\b(?:evt|act|per|grp|org|inv|prc|int|src|lnk|case)-[a-z0-9]");

    /** The passage without its parts that are ids or stored labels, which the title already says in words. */
    static String readable(String snippetHtml) {
        return Arrays.stream(snippetHtml.split(" · "))
                .filter(part -> !NAMES_AN_ID.matcher(part.replaceAll("<[^>]+>", "")).find())
                .collect(Collectors.joining(" · "));
    }

    /** The page a person reads a record on: an event's, a person's or an organisation's own page where it has one. */
    public static String readablePage(Record r) {
        return r.recordType().pageOf(r.id());
    }

    static Optional<RecordType> parseType(String code) {
        try {
            return code.isBlank() ? Optional.empty() : Optional.of(RecordType.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
