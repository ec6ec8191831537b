package org.vigil.report.internal.build;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Event;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.report.ReportRequest;
import org.vigil.report.content.Paragraph;
import org.vigil.report.content.Section;
import org.vigil.report.internal.text.DateWords;
import org.vigil.report.internal.text.Phrases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The interventions of the year on the entry's events and people (UN bodies, complaints, appeals), and apart
 * from them the publishing organisation's own visits and publications.
 */
final class Interventions {

    private final Scope scope;
    private final Phrases phrases;
    private final RecordNames names;
    private final Endnotes notes;

    Interventions(Scope scope, Phrases phrases, RecordNames names, Endnotes notes) {
        this.scope = scope;
        this.phrases = phrases;
        this.names = names;
        this.notes = notes;
    }

    /** The interventions section and the organisation's own section, each only if it has something to say. */
    List<Section> sections(ReportRequest request) {
        Dataset data = scope.data();
        Optional<Organisation> own = ownOrganisation(data, request);
        Set<String> related = relatedIds();
        List<Intervention> interventions = data.interventions().stream()
                .filter(i -> scope.inYear(i.date()) || i.date().isEmpty() && i.targetIds().stream().anyMatch(related::contains))
                .filter(i -> i.targetIds().stream().anyMatch(related::contains)
                        || i.byId().map(related::contains).orElse(false))
                .sorted(Comparator.comparing((Intervention i) -> i.date().orElse(PartialDate.ofYear(9999)))
                        .thenComparing(Intervention::id))
                .toList();
        List<Paragraph> byOthers = new ArrayList<>();
        List<Paragraph> ownWork = new ArrayList<>();
        for (Intervention i : interventions) {
            boolean ours = own.isPresent() && i.byId().map(own.get().id()::equals).orElse(false);
            (ours ? ownWork : byOthers).add(new Paragraph(Optional.empty(),
                    List.of(notes.statement(sentence(i), i.citations()))));
        }
        own.ifPresent(o -> ownWork.addAll(publications(o, request.year())));
        List<Section> sections = new ArrayList<>();
        if (!byOthers.isEmpty()) {
            sections.add(new Section("interventions", phrases.get("section.interventions"), 0, byOthers));
        }
        if (!ownWork.isEmpty()) {
            sections.add(new Section("own", phrases.get("section.own", own.orElseThrow().name()), 0, ownWork));
        }
        return sections;
    }

    /** The organisation's publications of the year, and undated ones (a report cites them without a date). */
    private List<Paragraph> publications(Organisation own, int year) {
        List<Paragraph> out = new ArrayList<>();
        for (Source s : scope.data().sources()) {
            if (s.author().map(own.name()::equals).orElse(false)
                    && (s.date().isEmpty() || s.date().get().year() == year)) {
                out.add(new Paragraph(Optional.empty(), List.of(notes.statement(
                        phrases.get("own.publication", s.title(),
                                s.date().map(d -> phrases.dates().plain(d)).orElse(phrases.get("own.undated"))),
                        List.of(Citation.of(s.id()))))));
            }
        }
        return out;
    }

    /** The events, victims, perpetrators, steps and people of the entry: what an intervention must concern. */
    private Set<String> relatedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : scope.events()) {
            ids.add(e.id());
            for (Act a : scope.acts(e.id())) {
                ids.add(a.victimId());
                scope.involvements(a.id()).forEach(i -> ids.add(i.perpetratorId()));
            }
            for (Proceeding p : scope.proceedings(e.id())) {
                ids.add(p.id());
                ids.add(p.personId());
            }
        }
        return ids;
    }

    /** The organisation named by the request, else the author of most sources (if it is an organisation record). */
    private static Optional<Organisation> ownOrganisation(Dataset data, ReportRequest request) {
        if (request.ownOrganisation().isPresent()) {
            String wanted = request.ownOrganisation().get();
            return data.organisations().stream().filter(o -> o.id().equals(wanted) || o.name().equalsIgnoreCase(wanted))
                    .findFirst();
        }
        Map<String, Long> authors = data.sources().stream().map(Source::author).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(a -> a, TreeMap::new, Collectors.counting()));
        return authors.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(top -> data.organisations().stream().filter(o -> o.name().equals(top.getKey())).findFirst());
    }

    /** "In June 2012: treaty body decision by the UN Committee against Torture. The Committee decided..." */
    private String sentence(Intervention i) {
        String kind = phrases.label(VocabularyKind.INTERVENTION_TYPE, i.kind()).toLowerCase(phrases.locale());
        String by = i.byId().map(names::of).orElse("");
        String head;
        if (i.date().filter(d -> DateWords.worthSaying(d, scope.year())).isPresent()) {
            String opener = phrases.dates().opener(i.date().get());
            head = by.isEmpty() ? phrases.get("intervention.when", opener, kind)
                    : phrases.get("intervention.whenBy", opener, kind, by);
        } else {
            head = by.isEmpty() ? phrases.get("intervention.bare", EventNarrative.capitalise(kind))
                    : phrases.get("intervention.by", EventNarrative.capitalise(kind), by);
        }
        StringBuilder text = new StringBuilder(head);
        i.description().ifPresent(d -> text.append(' ').append(EventNarrative.sentence(d)));
        i.response().ifPresent(r -> text.append(' ').append(phrases.get("intervention.response",
                EventNarrative.sentence(r))));
        return text.toString();
    }
}
