package org.vigil.report.internal.build;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.hash.Sha256;
import org.vigil.core.json.DatasetJson;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Record;
import org.vigil.core.provenance.VigilVersion;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.core.vocab.VocabularyTerm;
import org.vigil.report.Audience;
import org.vigil.report.ReportEstimate;
import org.vigil.report.ReportRequest;
import org.vigil.report.content.CaseBox;
import org.vigil.report.content.Charts;
import org.vigil.report.content.CountryReport;
import org.vigil.report.content.Paragraph;
import org.vigil.report.content.Section;
import org.vigil.report.content.Statement;
import org.vigil.report.internal.text.Phrases;
import org.vigil.report.internal.view.ReportView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes the content of a country entry from the records: thematic sections ordered by gravity, case boxes,
 * interventions, the organisation's own work, estimates, charts and (internal version) endnotes.
 *
 * <p>Gravity of a section: for every act in its events, the act type's severity times the number of victims
 * (a group counts its stated size's lower bound, at least 1). Severity: killing 10, enforced disappearance 8,
 * torture and sexual violence 6, death sentence and refoulement 5, injury 4, detention 3, unfair trial 2, any
 * other act 1. An event is told once, in the first category the researcher gave it (the one they judged
 * central); an event without a category is told beside the event it is linked to.
 */
public final class ReportBuilder {

    private static final Map<String, Integer> SEVERITY = Map.ofEntries(Map.entry("killing", 10),
            Map.entry("enforced_disappearance", 8), Map.entry("torture", 6), Map.entry("sexual_violence", 6),
            Map.entry("death_sentence", 5), Map.entry("refoulement", 5), Map.entry("injury", 4),
            Map.entry("arbitrary_detention", 3), Map.entry("extradition_detention", 3),
            Map.entry("unfair_trial", 2));
    private static final String OTHER = "other";

    private final Vocabularies vocabularies;

    /** A builder using these vocabularies for labels. */
    public ReportBuilder(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /**
     * The report on a data set.
     *
     * @param data every record
     * @param request country, year, audience, language
     * @param readerMaySee for an internal report, the records the reader may see
     */
    public CountryReport build(Dataset data, ReportRequest request, Predicate<Record> readerMaySee) {
        ReportView view = ReportView.of(data, request.audience(), readerMaySee);
        Dataset visible = view.visible();
        Phrases phrases = Phrases.of(request.locale(), vocabularies);
        RecordNames names = new RecordNames(visible, phrases);
        Endnotes notes = new Endnotes(request.audience() == Audience.INTERNAL, visible, phrases);
        StepSentences steps = new StepSentences(phrases, names, request.year());
        Scope scope = new Scope(visible, request.country(), request.year());
        EventNarrative narrative = new EventNarrative(scope, phrases, names, steps, notes);

        // An event is told once, in the first category the researcher gave it; a section weighs what it tells.
        Map<String, String> primary = new HashMap<>();
        for (Event e : scope.events()) {
            e.violationCategories().stream().findFirst().ifPresent(c -> primary.put(e.id(), c));
        }
        List<String> order = vocabularies.get(VocabularyKind.VIOLATION_CATEGORY).terms().stream()
                .map(VocabularyTerm::code).toList();
        attachUncategorised(scope, primary);
        Map<String, Double> categoryWeight = new HashMap<>();
        for (Event e : scope.events()) {
            categoryWeight.merge(primary.getOrDefault(e.id(), OTHER), weight(e, scope, visible), Double::sum);
        }

        // Sections: the categories that are some event's primary one, gravest first.
        Map<String, List<Event>> bySection = new LinkedHashMap<>();
        for (Event e : scope.events()) {
            bySection.computeIfAbsent(primary.getOrDefault(e.id(), OTHER), k -> new ArrayList<>()).add(e);
        }
        List<String> sectionOrder = new ArrayList<>(bySection.keySet());
        sectionOrder.sort(Comparator.comparing((String c) -> c.equals(OTHER))
                .thenComparing(c -> -categoryWeight.getOrDefault(c, 0.0)).thenComparing(c -> rank(order, c)));

        Withheld withheld = new Withheld(view.withheld(), request, scope);
        Set<String> told = new LinkedHashSet<>();
        List<Section> sections = new ArrayList<>();
        for (String code : sectionOrder) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Event e : bySection.get(code)) {
                for (Event b : backgroundOf(e, scope)) {
                    if (told.add(b.id())) {
                        paragraphs.add(narrative.background(b));
                    }
                }
                if (told.add(e.id())) {
                    paragraphs.addAll(narrative.of(e));
                }
            }
            List<Statement> extra = new ArrayList<>();
            for (ReportEstimate est : request.estimates()) {
                if (est.category().map(code::equals).orElse(false)) {
                    extra.add(notes.statement(estimateSentence(est, phrases, request.audience()), List.of()));
                }
            }
            withheld.sentence(code, phrases).ifPresent(s -> extra.add(new Statement(s, List.of())));
            if (!extra.isEmpty()) {
                paragraphs.add(new Paragraph(Optional.empty(), extra));
            }
            String title = code.equals(OTHER) ? phrases.get("section.other")
                    : phrases.label(VocabularyKind.VIOLATION_CATEGORY, code);
            sections.add(new Section(code, title, categoryWeight.getOrDefault(code, 0.0), paragraphs));
        }
        // Withheld totals of categories that have no section of their own get one short part.
        List<Statement> elsewhere = new ArrayList<>();
        for (String code : withheld.totals().keySet()) {
            if (!bySection.containsKey(code)) {
                withheld.sentence(code, phrases).ifPresent(s -> elsewhere.add(new Statement(
                        phrases.label(VocabularyKind.VIOLATION_CATEGORY, code) + ": "
                                + s.substring(0, 1).toLowerCase(phrases.locale()) + s.substring(1), List.of())));
            }
        }
        if (!elsewhere.isEmpty()) {
            sections.add(new Section("withheld", phrases.get("section.withheld"), 0,
                    List.of(new Paragraph(Optional.empty(), elsewhere))));
        }
        List<ReportEstimate> unplaced = request.estimates().stream()
                .filter(est -> est.category().map(c -> !bySection.containsKey(c)).orElse(true)).toList();
        if (!unplaced.isEmpty()) {
            List<Statement> s = unplaced.stream()
                    .map(est -> notes.statement(estimateSentence(est, phrases, request.audience()), List.of())).toList();
            sections.add(new Section("estimates", phrases.get("section.estimates"), 0,
                    List.of(new Paragraph(Optional.empty(), s))));
        }

        sections.addAll(new Interventions(scope, phrases, names, notes).sections(request));

        List<CaseBox> cases = new CaseBoxes(scope, phrases, names, steps, notes).boxes();
        Paragraph summary = summary(request, phrases, sections, cases, names);
        Charts charts = ReportCharts.of(scope, request, phrases, withheld);
        String country = phrases.country(request.country());
        return new CountryReport(country, phrases.get("report.subtitle", Integer.toString(request.year())),
                phrases.get("report.audience." + request.audience().code()), summary, sections, cases, charts,
                new CountryReport.ChartTitles(phrases.get("chart.timeline", Integer.toString(request.year())),
                        phrases.get("chart.categories"), phrases.get("chart.posterior"), phrases.get("chart.axis")),
                notes.notes(), new CountryReport.Labels(phrases.get("section.summary"), phrases.get("section.cases"),
                        phrases.get("section.figures"), phrases.get("section.sources"), phrases.get("case.status"),
                        phrases.get("section.contents")),
                provenance(visible, request), request.audience(), request.locale());
    }

    private static int rank(List<String> order, String code) {
        int i = order.indexOf(code);
        return i < 0 ? order.size() : i;
    }

    /** The gravity of an event: severity times victims over its acts, else the sum of its figures, at least 1. */
    private static double weight(Event e, Scope scope, Dataset data) {
        double w = 0;
        for (Act a : scope.acts(e.id())) {
            w += SEVERITY.getOrDefault(a.actType(), 1) * victims(a.victimId(), data);
        }
        if (w == 0) {
            w = e.tallies().stream().mapToDouble(t -> t.count().lowerBound()).sum();
        }
        return Math.max(1, w);
    }

    static long victims(String personId, Dataset data) {
        return data.find(personId).filter(Person.class::isInstance).map(Person.class::cast)
                .map(p -> p.kind() == PersonKind.GROUP ? Math.max(1, p.groupSize().map(c -> c.lowerBound()).orElse(1L)) : 1L)
                .orElse(1L);
    }

    /** An event without a category is told beside an event it is linked to. */
    private static void attachUncategorised(Scope scope, Map<String, String> primary) {
        for (Event e : scope.events()) {
            if (primary.containsKey(e.id())) {
                continue;
            }
            for (EventLink l : scope.data().eventLinks()) {
                String other = l.fromEventId().equals(e.id()) ? l.toEventId()
                        : l.toEventId().equals(e.id()) ? l.fromEventId() : null;
                if (other != null && primary.containsKey(other)) {
                    primary.put(e.id(), primary.get(other));
                    break;
                }
            }
        }
    }

    private static List<Event> backgroundOf(Event e, Scope scope) {
        Set<String> earlier = scope.data().eventLinks().stream().filter(l -> l.toEventId().equals(e.id()))
                .map(EventLink::fromEventId).collect(Collectors.toSet());
        return scope.background().stream().filter(b -> earlier.contains(b.id())).toList();
    }

    static String estimateSentence(ReportEstimate e, Phrases phrases, Audience audience) {
        String text = phrases.get("estimate.sentence", e.what(), Math.round(e.median()), Math.round(e.lower()),
                Math.round(e.upper()), Math.round(e.level() * 100), e.method(), e.observed());
        return audience == Audience.INTERNAL && !e.provenance().isBlank()
                ? text + " " + phrases.get("estimate.provenance", e.provenance()) : text;
    }

    private static Paragraph summary(ReportRequest request, Phrases phrases, List<Section> sections,
                                     List<CaseBox> cases, RecordNames names) {
        List<Statement> out = new ArrayList<>();
        String country = phrases.country(request.country());
        List<String> grave = sections.stream().filter(s -> s.weight() > 0).limit(3)
                .map(s -> s.title().toLowerCase(phrases.locale())).toList();
        if (grave.isEmpty()) {
            out.add(new Statement(phrases.get("summary.nothing", country, Integer.toString(request.year())), List.of()));
        } else {
            out.add(new Statement(phrases.get("summary.gravest", country, names.list(grave)), List.of()));
        }
        if (!cases.isEmpty()) {
            out.add(new Statement(phrases.get("summary.cases", names.list(cases.stream().map(CaseBox::name).toList()),
                    cases.size()), List.of()));
        }
        return new Paragraph(Optional.empty(), out);
    }

    private static String provenance(Dataset visible, ReportRequest request) {
        String hash = Sha256.hex(DatasetJson.write(visible));
        return "vigil-report " + VigilVersion.current() + "; country=" + request.country() + "; year=" + request.year()
                + "; audience=" + request.audience().code() + "; language=" + request.locale().getLanguage()
                + "; withheld-totals=" + request.withheldTotals() + "; records=" + visible.size()
                + "; input-sha256=" + hash;
    }

}
