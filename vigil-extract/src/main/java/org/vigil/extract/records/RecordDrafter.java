package org.vigil.extract.records;

import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.model.Tally;
import org.vigil.core.model.TextSpan;
import org.vigil.core.model.TortureDetails;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.extract.Extraction;
import org.vigil.extract.facts.ChargeFact;
import org.vigil.extract.facts.CountFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.facts.GroupFact;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.SentenceFact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps facts to draft vigil-core records: the report becomes a {@link Source} holding its text; organisations,
 * persons and groups become {@link Organisation} and {@link Person} records; the report's figures, places and
 * violation categories go on one {@link Event} (a draft the researcher splits as needed); penalties, charges,
 * arrests, releases, verdicts and appeals become {@link Proceeding}s; torture victims get an {@link Act} with
 * the methods described. Every record cites the source with the spans of the facts it came from.
 * Ids are derived from the input's hash and the fact ids, so the same report gives the same records.
 */
public final class RecordDrafter {

    private RecordDrafter() {
    }

    /**
     * Drafts records from an extraction (usually one already filtered by review).
     *
     * @param extraction the facts
     * @param text       the text the evidence spans point into
     */
    public static DraftRecords draft(Extraction extraction, String text) {
        String prefix = extraction.provenance().inputSha256().substring(0, 12);
        String sourceId = prefix + "-source";
        Facts f = extraction.facts();
        Map<String, List<String>> byFact = new LinkedHashMap<>();
        List<Record> records = new ArrayList<>();
        Vocabularies vocab = Vocabularies.builtIn();

        Optional<PartialDate> published = extraction.years().reportYear().isPresent()
                ? Optional.of(PartialDate.ofYear(extraction.years().reportYear().getAsInt())) : Optional.empty();
        Source source = new Source(sourceId, "annual_report", extraction.source(), Optional.empty(), published,
                Optional.of("en"), Reliability.UNKNOWN, Optional.empty(), Optional.of(text), Confidentiality.INTERNAL,
                List.of());

        Map<String, String> orgIdByName = new LinkedHashMap<>();
        for (OrganisationFact o : f.organisations()) {
            String id = prefix + "-" + o.id();
            orgIdByName.put(o.name(), id);
            String kind = vocab.get(VocabularyKind.ORGANISATION_TYPE).contains(o.kind()) ? o.kind() : "ngo";
            records.add(new Organisation(id, o.name(), o.aliases(), kind, Optional.empty(), Optional.empty(),
                    Confidentiality.PUBLIC, cite(sourceId, o.id(), o.evidence())));
            byFact.put(o.id(), List.of(id));
        }
        Map<String, String> personIdByLabel = new LinkedHashMap<>();
        for (PersonFact p : f.persons()) {
            String id = prefix + "-" + p.id();
            personIdByLabel.put(p.name(), id);
            List<String> affiliations = p.organisation().map(orgIdByName::get).map(List::of).orElse(List.of());
            records.add(new Person(id, PersonKind.INDIVIDUAL, List.of(PersonName.of(p.name())), Optional.empty(),
                    Optional.empty(), "unknown", Optional.empty(), p.nationality(), Optional.empty(),
                    descriptors(vocab, p.roles()), affiliations, false, Optional.empty(), Optional.empty(),
                    Confidentiality.INTERNAL, cite(sourceId, p.id(), p.evidence())));
            byFact.put(p.id(), List.of(id));
        }
        for (GroupFact g : f.groups()) {
            String id = prefix + "-" + g.id();
            personIdByLabel.put(g.who(), id);
            records.add(new Person(id, PersonKind.GROUP, List.of(), Optional.of(g.who()), Optional.of(g.size()),
                    "unknown", Optional.empty(), Optional.empty(), Optional.empty(), descriptors(vocab, g.roles()),
                    List.of(), false, Optional.empty(), Optional.empty(), Confidentiality.INTERNAL,
                    cite(sourceId, g.id(), g.evidence())));
            byFact.put(g.id(), List.of(id));
        }

        String eventId = prefix + "-event";
        List<Citation> eventCitations = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        for (CountFact c : f.counts()) {
            if (c.kind().equals("duration")) {
                continue;
            }
            String unit = c.kind().equals("organizations") ? "organisations" : c.kind();
            tallies.add(new Tally(c.what(), c.count(), unit, Optional.empty(), c.date()));
            eventCitations.addAll(cite(sourceId, c.id(), c.evidence()));
            byFact.put(c.id(), List.of(eventId));
        }
        List<Place> places = new ArrayList<>();
        f.places().forEach(p -> {
            places.add(new Place(p.name(), Optional.empty(), p.country()));
            byFact.put(p.id(), List.of(eventId));
        });
        List<String> categories = new ArrayList<>();
        f.violationCategories().forEach(c -> {
            categories.add(c.code());
            eventCitations.addAll(cite(sourceId, c.id(), c.evidence()));
            byFact.put(c.id(), List.of(eventId));
        });
        Optional<PartialDate> start = f.datedEvents().stream().map(DatedEventFact::date).min(PartialDate::compareTo);
        Optional<PartialDate> end = f.datedEvents().stream().map(DatedEventFact::date).max(PartialDate::compareTo);
        boolean anyEventContent = !tallies.isEmpty() || !places.isEmpty() || !categories.isEmpty()
                || !f.tortureMethods().isEmpty() || !f.datedEvents().isEmpty();
        if (anyEventContent) {
            records.add(new Event(eventId, "Events reported in " + extraction.source(), Optional.empty(), places,
                    start, end, categories, tallies, "needs_verification", Confidentiality.INTERNAL, eventCitations));
        }

        int n = 0;
        for (SentenceFact s : f.sentences()) {
            String personId = personIdByLabel.get(s.person());
            if (personId == null) {
                continue;
            }
            String id = prefix + "-proceeding-" + (++n);
            records.add(new Proceeding(id, personId, Optional.of(eventId), s.date(), s.court().map(orgIdByName::get),
                    s.penalty(), s.extra(), Confidentiality.INTERNAL, cite(sourceId, s.id(), s.evidence())));
            byFact.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(id);
        }
        for (ChargeFact c : f.charges()) {
            for (String who : c.persons()) {
                String personId = personIdByLabel.get(who);
                if (personId == null) {
                    continue;
                }
                String id = prefix + "-proceeding-" + (++n);
                records.add(new Proceeding(id, personId, Optional.of(eventId), Optional.empty(), Optional.empty(),
                        new ProceedingStep.Charge(List.of(ChargeText.of(c.text()))), Optional.empty(),
                        Confidentiality.INTERNAL, cite(sourceId, c.id(), c.evidence())));
                byFact.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(id);
            }
        }
        for (DatedEventFact e : f.datedEvents()) {
            Optional<ProceedingStep> step = step(e);
            String personId = e.who().map(personIdByLabel::get).orElse(null);
            if (step.isEmpty() || personId == null) {
                if (anyEventContent) {
                    byFact.put(e.id(), List.of(eventId));
                }
                continue;
            }
            String id = prefix + "-proceeding-" + (++n);
            records.add(new Proceeding(id, personId, Optional.of(eventId), Optional.of(e.date()), Optional.empty(),
                    step.get(), Optional.of(e.what()), Confidentiality.INTERNAL, cite(sourceId, e.id(), e.evidence())));
            byFact.put(e.id(), List.of(id));
        }
        List<String> methods = f.tortureMethods().stream().map(t -> t.code()).distinct().toList();
        List<Citation> methodCitations = new ArrayList<>();
        f.tortureMethods().forEach(t -> methodCitations.addAll(cite(sourceId, t.id(), t.evidence())));
        int acts = 0;
        for (Map.Entry<String, String> victim : victims(f).entrySet()) {
            String personId = personIdByLabel.get(victim.getKey());
            if (personId == null || !anyEventContent) {
                continue;
            }
            String id = prefix + "-act-" + (++acts);
            records.add(new Act(id, eventId, personId, "torture", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(new TortureDetails(methods, Optional.empty())),
                    Optional.empty(), Confidentiality.INTERNAL, methodCitations));
            f.tortureMethods().forEach(t -> byFact.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(id));
        }
        return new DraftRecords(source, records, byFact);
    }

    private static Map<String, String> victims(Facts f) {
        Map<String, String> victims = new LinkedHashMap<>();
        f.persons().stream().filter(p -> p.roles().contains("torture_victim")).forEach(p -> victims.put(p.name(), p.id()));
        f.groups().stream().filter(g -> g.roles().contains("torture_victim")).forEach(g -> victims.put(g.who(), g.id()));
        return victims;
    }

    private static Optional<ProceedingStep> step(DatedEventFact e) {
        String what = e.what().toLowerCase(java.util.Locale.ROOT);
        return switch (e.type()) {
            case "arrest" -> Optional.of(new ProceedingStep.Arrest(Optional.empty()));
            case "release" -> Optional.of(new ProceedingStep.Release(what.contains("without charge") ? "without_charge"
                    : what.contains("conditional") ? "conditional" : "unconditional"));
            case "verdict" -> Optional.of(new ProceedingStep.Verdict(what.contains("acquitted") ? "acquitted" : "convicted",
                    List.of()));
            case "appeal" -> Optional.of(new ProceedingStep.Appeal(what.contains("upheld") ? "upheld"
                    : what.contains("overturned") || what.contains("quashed") ? "overturned" : "pending"));
            case "trial" -> Optional.of(new ProceedingStep.Trial(List.of()));
            default -> Optional.empty();
        };
    }

    private static List<String> descriptors(Vocabularies vocab, List<String> roles) {
        return roles.stream().filter(r -> vocab.get(VocabularyKind.PERSON_DESCRIPTOR).contains(r)).toList();
    }

    private static List<Citation> cite(String sourceId, String factId, List<TextSpan> spans) {
        List<Citation> out = new ArrayList<>();
        for (TextSpan s : spans) {
            out.add(new Citation(sourceId, Optional.of(s), Optional.of(factId)));
        }
        return out;
    }
}
