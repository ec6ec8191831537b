package org.vigil.app.web.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.PartialDate;
import org.vigil.store.search.SearchQuery;
import org.vigil.store.search.SearchResult;
import org.vigil.store.search.SearchSort;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Full-text search across every record the user may see, in any script or spelling. */
@Controller
public class SearchPage {

    private final SearchService search;

    /** The page over the search service. */
    public SearchPage(SearchService search) {
        this.search = search;
    }

    /** Results with facets by type and violation category. */
    @GetMapping("/search")
    public String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
                         @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String from,
                         @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") int page,
                         Model model) {
        SearchQuery query = SearchQuery.all().withText(q.strip()).sortedBy(SearchSort.RELEVANCE)
                .atPage(Math.max(1, page), 20);
        Optional<RecordType> t = parseType(type);
        if (t.isPresent()) {
            query = query.withTypes(Set.of(t.get()));
        }
        if (!category.isBlank()) {
            query = query.withCategories(Set.of(category));
        }
        query = query.withPeriod(day(from, true), day(to, false));
        SearchResult result = search.search(query);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("category", category);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("result", result);
        return "search";
    }

    static Optional<RecordType> parseType(String code) {
        try {
            return code.isBlank() ? Optional.empty() : Optional.of(RecordType.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A date filter typed as 2012, 2012-03 or 2012-03-08; anything else is ignored rather than failing. */
    public static Optional<LocalDate> day(String text, boolean start) {
        try {
            PartialDate d = PartialDate.parse(text.strip());
            return Optional.of(start ? d.earliest() : d.latest());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
