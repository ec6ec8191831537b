package org.vigil.app.web.review;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.security.Caller;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Record;
import org.vigil.core.model.Source;
import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionSettings;
import org.vigil.extract.ReportExtractor;
import org.vigil.extract.facts.Fact;
import org.vigil.extract.input.ReadOptions;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.input.ReportReader;
import org.vigil.extract.input.UnreadableReportException;
import org.vigil.extract.records.DraftRecords;
import org.vigil.extract.review.Correctable;
import org.vigil.extract.review.FactReview;
import org.vigil.extract.review.ReviewDecision;
import org.vigil.store.Store;
import org.vigil.store.users.UserAccounts;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading a report into records: paste or upload it, see every draft fact beside the text with its
 * words highlighted, accept, correct or reject each one; only what was accepted becomes records, each
 * citing the report's text at the words it came from.
 */
@Controller
public class ExtractionReviewPages {

    private final Store store;
    private final Caller caller;
    private final VisibleRecords visible;
    private final UserAccounts accounts;
    private final ExtractionReviews reviews;
    private final ReportExtractor extractor = new ReportExtractor();

    /** Pages over the store. */
    public ExtractionReviewPages(Store store, Caller caller, VisibleRecords visible, UserAccounts accounts,
                                 ExtractionReviews reviews) {
        this.store = store;
        this.caller = caller;
        this.visible = visible;
        this.accounts = accounts;
        this.reviews = reviews;
    }

    /** The paste-or-upload form. */
    @GetMapping("/review/extract")
    public String form() {
        return "review-extract";
    }

    /** Reads the report and shows its facts for review. */
    @PostMapping("/review/extract")
    public String read(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
                       @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String year,
                       @RequestParam(defaultValue = "internal") String confidentiality, Model model) throws IOException {
        try {
            ReportDocument document = file != null && !file.isEmpty()
                    ? ReportReader.read(Optional.ofNullable(file.getOriginalFilename()).orElse("upload"), file.getBytes(),
                    ReadOptions.defaults())
                    : ReportReader.read("pasted text", text.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
            ExtractionSettings settings = ExtractionSettings.defaults().withText(true);
            if (year.matches("\\d{4}")) {
                settings = settings.withEventsYear(Integer.parseInt(year));
            }
            Extraction extraction = extractor.extract(document, settings);
            Confidentiality level = Confidentiality.fromCode(confidentiality);
            var pending = reviews.add(caller.actor(), extraction, document.text(),
                    title.isBlank() ? document.name() : title.strip(), level.code());
            return "redirect:/review/extract/" + pending.id();
        } catch (UnreadableReportException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return "review-extract";
        }
    }

    /** The facts beside the highlighted text. */
    @GetMapping("/review/extract/{id}")
    public String review(@PathVariable String id, Model model) {
        var p = pending(id);
        List<Fact> facts = p.extraction().facts().all();
        FactViews views = new FactViews(p.text());
        Map<String, String> captions = new LinkedHashMap<>();
        facts.forEach(f -> captions.put(f.id(), views.caption(f)));
        model.addAttribute("pending", p);
        model.addAttribute("html", HighlightedText.html(p.text(), facts, captions));
        model.addAttribute("groups", views.groups(facts));
        model.addAttribute("factCount", facts.size());
        return "review-facts";
    }

    /**
     * Stores what was accepted (and corrected), then shows what was stored. A fact without its own decision
     * follows the choice for all undecided facts (accept, reject, or leave out: the default); a fact whose
     * words were corrected counts as accepted unless it was rejected. Rejected and left-out facts leave
     * nothing behind.
     */
    @PostMapping("/review/extract/{id}")
    public String decide(@PathVariable String id, HttpServletRequest request, Model model) {
        var p = pending(id);
        String undecided = Optional.ofNullable(request.getParameter("undecided")).orElse("leave");
        Map<String, ReviewDecision> decisions = new LinkedHashMap<>();
        for (Fact f : p.extraction().facts().all()) {
            String choice = Optional.ofNullable(request.getParameter("decision." + f.id())).orElse("");
            String edited = Optional.ofNullable(request.getParameter("edit." + f.id())).orElse("").strip();
            Optional<String> value = Correctable.text(f);
            boolean corrected = value.isPresent() && !edited.isEmpty() && !edited.equals(value.get());
            if (!choice.equals("accept") && !choice.equals("reject")) {
                choice = corrected && !undecided.equals("reject") ? "accept" : undecided;
            }
            if (choice.equals("accept")) {
                decisions.put(f.id(), corrected ? new ReviewDecision.Edit(Correctable.with(f, edited))
                        : new ReviewDecision.Accept());
            } else if (choice.equals("reject")) {
                decisions.put(f.id(), new ReviewDecision.Reject());
            }
        }
        if (decisions.values().stream().allMatch(d -> d instanceof ReviewDecision.Reject)) {
            reviews.remove(id);
            model.addAttribute("message", "Nothing was accepted, so nothing was stored. The extraction is discarded.");
            return "message";
        }
        DraftRecords drafts = FactReview.records(p.extraction(), p.text(), decisions);
        Source source = drafts.source();
        Confidentiality level = Confidentiality.fromCode(p.confidentiality());
        Source titled = new Source(source.id(), source.kind(), p.title(), source.author(), source.date(),
                source.language(), source.reliability(), source.url(), source.text(), level, source.citations());
        List<Record> records = new ArrayList<>();
        records.add(titled);
        drafts.records().forEach(r -> records.add(withConfidentiality(r, level)));
        try {
            store.records().save(records, caller.actor());
            if (level == Confidentiality.RESTRICTED) {
                // Restricted records are visible by assignment only: give them to the reviewer who made them.
                records.forEach(r -> accounts.assign(r.id(), caller.actor(), caller.actor()));
            }
        } catch (InvalidDataException e) {
            model.addAttribute("message", "The accepted facts could not be stored: " + e.getMessage());
            return "message";
        }
        reviews.remove(id);
        return "redirect:/review/extract/stored/" + titled.id();
    }

    /** What storing a report made: the counts in one sentence, and every record by its title, linked. */
    @GetMapping("/review/extract/stored/{sourceId}")
    public String stored(@PathVariable String sourceId, Model model) {
        Source source = visible.find(sourceId).filter(Source.class::isInstance)
                .map(Source.class::cast)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no source " + sourceId));
        List<Record> citing = visible.referring(sourceId);
        model.addAttribute("source", source);
        model.addAttribute("summary", StoredSummary.of(source, citing));
        return "review-stored";
    }

    private ExtractionReviews.Pending pending(String id) {
        return reviews.find(id, caller.actor())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no pending review " + id));
    }

    private static Record withConfidentiality(Record r, Confidentiality level) {
        ObjectNode tree = VigilJson.MAPPER.valueToTree(r);
        tree.put("confidentiality", level.code());
        return VigilJson.MAPPER.treeToValue(tree, Record.class);
    }
}
