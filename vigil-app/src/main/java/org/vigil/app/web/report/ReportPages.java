package org.vigil.app.web.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.vigil.app.web.estimate.EstimationJobs;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Event;
import org.vigil.core.model.Place;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.estimate.result.ResultJson;
import org.vigil.report.Audience;
import org.vigil.report.EstimateFile;
import org.vigil.report.ReportEstimate;
import org.vigil.report.ReportFormat;
import org.vigil.report.ReportRequest;
import org.vigil.report.render.HtmlReport;
import org.vigil.store.Store;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The country entry page: choose a country, year, audience, language and format; the entry is written from
 * the records the caller may see, shown in the browser or downloaded.
 */
@Controller
public class ReportPages {

    /** Where the browser view's style sheet is served (the content security policy forbids inline styles). */
    static final String STYLESHEET = "/report/report.css";

    private final Store store;
    private final Caller caller;
    private final ReportDelivery delivery;
    private final EstimationJobs estimations;

    /** Pages over the store, offering the caller's finished estimations. */
    public ReportPages(Store store, Caller caller, ReportDelivery delivery, EstimationJobs estimations) {
        this.store = store;
        this.caller = caller;
        this.delivery = delivery;
        this.estimations = estimations;
    }

    /**
     * The form as submitted, kept as text so that any input can be shown again beside its error.
     *
     * @param country ISO 3166 alpha-2 code
     * @param year the year under review
     * @param audience public or internal
     * @param language en or ru
     * @param format html, md or pdf
     * @param estimate the id of a finished estimation to state, or empty
     * @param estimateOf what that estimate counts
     * @param estimateCategory the violation category whose section states it, or empty
     */
    public record ReportForm(String country, String year, String audience, String language, String format,
                             String estimate, String estimateOf, String estimateCategory) {
    }

    /** The form, filled in with the country and year the caller's records mostly concern. */
    @GetMapping("/report")
    public String form(Model model, Locale locale) {
        List<Event> stored = store.records().list(RecordType.EVENT).stream().map(Event.class::cast).toList();
        List<Event> events = stored.stream().flatMap(r -> caller.view(r).stream()).map(Event.class::cast).toList();
        // A year is no secret: where the caller sees no dated event, the store's latest year still beats this one,
        // which has no records yet on a data set of past years.
        Optional<Integer> year = latestYear(events).or(() -> latestYear(stored));
        String language = ReportRequest.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        ReportForm defaults = new ReportForm(mostCommonCountry(events).orElse(""),
                String.valueOf(year.orElse(Year.now().getValue())), Audience.PUBLIC.code(), language,
                ReportFormat.HTML.extension(), "", "victims", "");
        model.addAllAttributes(page(defaults, Map.of()));
        return "report";
    }

    /** Writes the entry: shown in the browser as HTML, or downloaded as Markdown or PDF. */
    @PostMapping("/report")
    public ResponseEntity<byte[]> report(@RequestParam(defaultValue = "") String country,
                                         @RequestParam(defaultValue = "") String year,
                                         @RequestParam(defaultValue = "public") String audience,
                                         @RequestParam(defaultValue = "en") String language,
                                         @RequestParam(defaultValue = "html") String format,
                                         @RequestParam(defaultValue = "") String estimate,
                                         @RequestParam(defaultValue = "victims") String estimateOf,
                                         @RequestParam(defaultValue = "") String estimateCategory) {
        ReportForm form = new ReportForm(country, year, audience, language, format, estimate, estimateOf,
                estimateCategory);
        Map<String, String> errors = new LinkedHashMap<>();
        // The library owns the rule for country codes; a request for this year, always in range, checks the code alone.
        parse(country, c -> ReportRequest.of(c, Year.now().getValue()), "country", errors);
        Optional<Integer> yearNumber = parse(year, ReportPages::yearNumber, "year", errors);
        Optional<Audience> forAudience = parse(audience, Audience::of, "audience", errors);
        Optional<Locale> inLanguage = parse(language, ReportPages::language, "language", errors);
        Optional<ReportFormat> inFormat = parse(format, ReportFormat::of, "format", errors);
        Optional<List<ReportEstimate>> estimates = parse(estimate, id -> estimate(id, estimateOf, estimateCategory),
                "estimate", errors);
        // Refused outright rather than shown as a form error: the form never offers it to this caller.
        if (forAudience.filter(a -> a == Audience.INTERNAL).isPresent() && !delivery.internalAllowed()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the internal version is for roles that may see non-public records");
        }
        // With the code checked, only the year's range is left for the library to refuse.
        Optional<ReportRequest> request = errors.isEmpty()
                ? parse(country, c -> ReportRequest.of(c, yearNumber.orElseThrow()), "year", errors)
                : Optional.empty();
        if (!errors.isEmpty()) {
            throw new InvalidReportForm(form, errors);
        }
        ReportRequest asked = request.orElseThrow().withAudience(forAudience.orElseThrow())
                .withLocale(inLanguage.orElseThrow()).withEstimates(estimates.orElseThrow());
        return delivery.deliver(asked, inFormat.orElseThrow(), Optional.of(STYLESHEET));
    }

    /** The browser view's style sheet. */
    @GetMapping(STYLESHEET)
    public ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .body(HtmlReport.stylesheet());
    }

    /** The form again, with what was wrong, and nothing written. */
    @ExceptionHandler(InvalidReportForm.class)
    public ModelAndView invalid(InvalidReportForm e) {
        return new ModelAndView("report", page(e.form, e.errors), HttpStatus.BAD_REQUEST);
    }

    /** A submitted form that cannot be written, with one message per field at fault. */
    static final class InvalidReportForm extends RuntimeException {
        private final ReportForm form;
        private final Map<String, String> errors;

        InvalidReportForm(ReportForm form, Map<String, String> errors) {
            super(String.join("; ", errors.values()), null, false, false);
            this.form = form;
            this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }
    }

    /** What the form page shows: the values, the errors by field, whether the internal version is offered, and
     * the caller's finished estimations with the categories one may be stated under. */
    private Map<String, Object> page(ReportForm form, Map<String, String> errors) {
        return Map.of("form", form, "errors", errors, "internalOffered", delivery.internalAllowed(),
                "estimations", estimations.finished(caller.actor()),
                "categories", store.vocabularies().get(VocabularyKind.VIOLATION_CATEGORY).terms());
    }

    /** The caller's finished estimation as the report states it; none when no id is given. */
    private List<ReportEstimate> estimate(String id, String what, String category) {
        if (id.isBlank()) {
            return List.of();
        }
        var job = estimations.find(id.strip(), caller.actor()).flatMap(EstimationJobs.Job::result)
                .orElseThrow(() -> new IllegalArgumentException("estimation '" + id + "' is not one of your finished "
                        + "runs: choose one from the list, or none"));
        if (!category.isBlank() && !store.vocabularies().get(VocabularyKind.VIOLATION_CATEGORY).contains(category)) {
            throw new IllegalArgumentException("'" + category + "' is not a violation category: choose one from "
                    + "the list, or none");
        }
        return List.of(EstimateFile.read(ResultJson.write(job), "estimation " + id, what.isBlank() ? "victims" : what,
                category.isBlank() ? Optional.empty() : Optional.of(category)));
    }

    /** The parsed value, or empty with the reason noted against the field. */
    private static <T> Optional<T> parse(String text, Function<String, T> parser, String field,
                                         Map<String, String> errors) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return Optional.empty();
        }
    }

    private static Locale language(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (!ReportRequest.LANGUAGES.contains(c)) {
            throw new IllegalArgumentException("language '" + code + "' has no report phrases: use en (English) or "
                    + "ru (Русский)");
        }
        return Locale.forLanguageTag(c);
    }

    private static int yearNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a year: give the year under review as a number, "
                    + "e.g. 2012");
        }
    }

    /** The country most event places lie in (the first by code on a tie). */
    static Optional<String> mostCommonCountry(List<Event> events) {
        return events.stream().flatMap(e -> e.places().stream()).map(Place::country).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(c -> c, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    /** The latest year an event started in. */
    static Optional<Integer> latestYear(List<Event> events) {
        return events.stream().map(Event::start).flatMap(Optional::stream).map(PartialDate::year)
                .max(Comparator.naturalOrder());
    }
}
