package org.vigil.extract.internal.records;

import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.DetentionDetails;
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
import org.vigil.extract.facts.CategoryFact;
import org.vigil.extract.facts.ChargeFact;
import org.vigil.extract.facts.CountFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.Fact;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.facts.FairTrialFact;
import org.vigil.extract.facts.GroupFact;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.PlaceFact;
import org.vigil.extract.facts.SentenceFact;
import org.vigil.extract.facts.TortureMethodFact;
import org.vigil.extract.records.DraftRecords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps reviewed facts to vigil-core records, losing none: the report becomes a {@link Source} holding its
 * text; organisations, persons and groups become {@link Organisation} and {@link Person} records; what
 * happened to a named person or group becomes their case, an event with their acts (detention on arrest,
 * torture with the methods described in the same sentence, forcible return) and their legal proceedings
 * (arrest, charge with the article of law, trial with fair-trial concerns, verdict, sentence, appeal,
 * release), each dated as the text dates it; other dated happenings become events of their own, carrying
 * the figures, places and violation categories read from the same sentence (a figure of people killed or
 * injured also gives a group of victims and its act). A fact that fits nowhere else goes, as a line of
 * description, on the nearest event. Every record cites the source with the spans of the facts it came
 * from, and the citation's note quotes those words. Ids are derived from the input's hash and the fact
 * ids, so the same report gives the same records.
 */
public final class RecordDrafter {

    /** Happenings that concern the people they name and go on their case. */
    private static final Set<String> PERSONAL = Set.of("arrest", "charge", "trial", "verdict", "sentence", "appeal",
            "release", "torture", "extradition");
    /** Happenings that are events in their own right even when a person or group is named. */
    private static final Set<String> PUBLIC = Set.of("violence", "protest", "law", "order");
    private static final Pattern ARTICLE = Pattern.compile("\\b(?:[Aa]rticles?|[Aa]rt\\.)\\s*\\d+[\\w.()-]*"
            + "(?:\\s+(?:[Pp]art|[Pp]aragraph)\\s+\\d+[\\w.()-]*)?(?:\\s+of\\s+the\\s+(?:[A-Z][\\w-]*\\s+)+Code)?");
    private static final Pattern KILLED = Pattern.compile("\\b(killed|died|dead|deaths?|shot dead|murdered)\\b");
    private static final Pattern INJURED = Pattern.compile("\\b(injured|wounded|injuries)\\b");

    private final Extraction extraction;
    private final Facts f;
    private final String prefix;
    private final String sourceId;
    private final TextSentences text;
    private final Vocabularies vocab = Vocabularies.builtIn();

    private final List<Record> parties = new ArrayList<>();
    private final List<EventDraft> events = new ArrayList<>();
    private final Map<String, EventDraft> caseBySubject = new LinkedHashMap<>();
    private final Map<String, Set<String>> caseKinds = new LinkedHashMap<>();
    private final Map<String, EventDraft> publicByKey = new LinkedHashMap<>();
    private final List<ActDraft> acts = new ArrayList<>();
    private final List<Proceeding> proceedings = new ArrayList<>();
    private final Map<String, List<String>> byFact = new LinkedHashMap<>();
    private final Map<String, String> orgIdByName = new LinkedHashMap<>();
    private final Map<String, String> subjectIdByLabel = new LinkedHashMap<>();
    private final Map<String, String> labelBySubject = new LinkedHashMap<>();
    private final Map<String, Integer> positionOfRecord = new LinkedHashMap<>();
    private final Set<String> consumedEvents = new HashSet<>();
    private final Set<String> placedMethods = new HashSet<>();
    private int counter;

    private RecordDrafter(Extraction extraction, String text) {
        this.extraction = extraction;
        this.f = extraction.facts();
        // The extraction read one report: its digest names the drafts, so a second reading of it gives the same ids.
        this.prefix = extraction.provenance().inputs().get(0).sha256().substring(0, 12);
        this.sourceId = prefix + "-source";
        this.text = new TextSentences(text);
    }

    /**
     * Drafts records from an extraction (usually one already filtered by review).
     *
     * @param extraction the facts
     * @param text       the text the evidence spans point into
     */
    public static DraftRecords draft(Extraction extraction, String text) {
        return new RecordDrafter(extraction, text).draft();
    }

    private DraftRecords draft() {
        Optional<PartialDate> published = extraction.years().reportYear().isPresent()
                ? Optional.of(PartialDate.ofYear(extraction.years().reportYear().getAsInt())) : Optional.empty();
        Source source = new Source(sourceId, "annual_report", extraction.source(), Optional.empty(), published,
                Optional.of("en"), Reliability.UNKNOWN, Optional.empty(), Optional.of(text.text()),
                Confidentiality.INTERNAL, List.of());
        organisations();
        persons();
        groups();
        sentences();
        charges();
        datedEvents();
        tortureVictims();
        counts();
        categories();
        places();
        leftoverMethods();
        fairTrialConcerns();

        caseBySubject.forEach((subject, draft) ->
                draft.title = EventTitles.ofCase(List.copyOf(caseKinds.get(subject)), labelBySubject.get(subject)));
        List<Record> records = new ArrayList<>(parties);
        events.forEach(e -> records.add(e.toEvent()));
        acts.forEach(a -> records.add(a.toAct()));
        records.addAll(proceedings);
        return new DraftRecords(source, records, byFact);
    }

    // ---- parties ---------------------------------------------------------------------------------------

    private void organisations() {
        for (OrganisationFact o : f.organisations()) {
            String id = prefix + "-" + o.id();
            orgIdByName.put(o.name(), id);
            o.aliases().forEach(a -> orgIdByName.putIfAbsent(a, id));
            String kind = vocab.get(VocabularyKind.ORGANISATION_TYPE).contains(o.kind()) ? o.kind() : "ngo";
            parties.add(new Organisation(id, o.name(), o.aliases(), kind, Optional.empty(), Optional.empty(),
                    Confidentiality.PUBLIC, cite(o)));
            link(o, id);
        }
    }

    private void persons() {
        for (PersonFact p : f.persons()) {
            String id = prefix + "-" + p.id();
            subject(p.name(), id);
            List<String> affiliations = p.organisation().map(orgIdByName::get).map(List::of).orElse(List.of());
            parties.add(new Person(id, PersonKind.INDIVIDUAL, List.of(PersonName.of(p.name())), Optional.empty(),
                    Optional.empty(), "unknown", Optional.empty(), p.nationality(), Optional.empty(),
                    descriptors(p.roles()), affiliations, false, Optional.empty(), Optional.empty(),
                    Confidentiality.INTERNAL, cite(p)));
            link(p, id);
        }
    }

    private void groups() {
        for (GroupFact g : f.groups()) {
            String id = prefix + "-" + g.id();
            subject(g.who(), id);
            parties.add(new Person(id, PersonKind.GROUP, List.of(), Optional.of(g.who()), Optional.of(g.size()),
                    "unknown", Optional.empty(), Optional.empty(), Optional.empty(), descriptors(g.roles()),
                    List.of(), false, Optional.empty(), Optional.empty(), Confidentiality.INTERNAL, cite(g)));
            link(g, id);
        }
    }

    private void subject(String label, String id) {
        subjectIdByLabel.putIfAbsent(label, id);
        labelBySubject.put(id, label);
    }

    // ---- a person's case: proceedings and acts ---------------------------------------------------------

    private void sentences() {
        for (SentenceFact s : f.sentences()) {
            Optional<String> subject = Optional.ofNullable(subjectIdByLabel.get(s.person()));
            if (subject.isEmpty()) {
                unattached(s, "Sentence of " + s.person() + ": " + s.penalty().describe()
                        + s.date().map(d -> " (" + d.toEnglish() + ")").orElse(""));
                continue;
            }
            Optional<DatedEventFact> match = datedOf(subject.get(), "sentence").stream()
                    .filter(e -> !consumedEvents.contains(e.id()))
                    .filter(e -> sameSentence(e, s) || s.date().filter(e.date()::equals).isPresent())
                    .findFirst();
            Optional<PartialDate> date = s.date().or(() -> match.map(DatedEventFact::date));
            List<Fact> from = new ArrayList<>(List.of(s));
            match.ifPresent(m -> {
                consumedEvents.add(m.id());
                from.add(m);
            });
            proceeding(subject.get(), date, s.court().map(orgIdByName::get), s.penalty(),
                    Optional.of(clause(match.map(m -> (Fact) m).orElse(s))), from, "prosecution");
        }
    }

    private void charges() {
        for (ChargeFact c : f.charges()) {
            List<String> subjects = c.persons().stream().map(subjectIdByLabel::get).filter(id -> id != null)
                    .distinct().toList();
            if (subjects.isEmpty()) {
                unattached(c, "Charge: “" + c.text() + "”" + (c.persons().isEmpty() ? ""
                        : " against " + String.join(", ", c.persons())));
                continue;
            }
            for (String subject : subjects) {
                List<DatedEventFact> chargeEvents = datedOf(subject, "charge");
                Optional<DatedEventFact> match = chargeEvents.stream().filter(e -> sameSentence(e, c)).findFirst()
                        .or(() -> chargeEvents.stream().filter(e -> !consumedEvents.contains(e.id())).findFirst());
                List<Fact> from = new ArrayList<>(List.of(c));
                match.ifPresent(m -> {
                    consumedEvents.add(m.id());
                    from.add(m);
                });
                Optional<String> article = article(from);
                proceeding(subject, match.map(DatedEventFact::date), Optional.empty(),
                        new ProceedingStep.Charge(List.of(new ChargeText(c.text(), article))),
                        match.map(m -> clause(m)), from, "prosecution");
            }
        }
    }

    private void datedEvents() {
        for (DatedEventFact e : f.datedEvents()) {
            if (consumedEvents.contains(e.id())) {
                continue;
            }
            Optional<String> subject = e.who().map(subjectIdByLabel::get);
            if (subject.isEmpty() || PUBLIC.contains(e.type())) {
                publicEvent(e);
                continue;
            }
            String who = subject.get();
            Optional<PartialDate> date = Optional.of(e.date());
            switch (e.type()) {
                case "arrest" -> {
                    Optional<Place> place = placeIn(e);
                    proceeding(who, date, Optional.empty(), new ProceedingStep.Arrest(place.map(Place::name)),
                            Optional.of(clause(e)), List.of(e), "arrest");
                    act(who, "arbitrary_detention", e, "arrest").place = place;
                }
                case "torture" -> {
                    ActDraft torture = act(who, "torture", e, "torture");
                    methodsIn(text.of(e)).forEach(t -> torture.method(t, cite(t)));
                }
                case "extradition" -> act(who, "refoulement", e, "forcible return");
                case "charge" -> proceeding(who, date, Optional.empty(), new ProceedingStep.Charge(List.of(
                                new ChargeText("charges not named in the text", article(List.of(e))))),
                        Optional.of(clause(e)), List.of(e), "prosecution");
                case "sentence" -> proceeding(who, date, Optional.empty(), new ProceedingStep.Sentence(
                                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false,
                                false, false), Optional.of(clause(e)), List.of(e), "prosecution");
                default -> {
                    Optional<ProceedingStep> step = step(e);
                    if (step.isPresent()) {
                        proceeding(who, date, Optional.empty(), step.get(), Optional.of(clause(e)), List.of(e),
                                e.type().equals("release") ? "release" : "prosecution");
                    } else {
                        EventDraft c = caseOf(who);
                        c.line(e.date().toEnglish() + ": " + clause(e));
                        add(c, e, date);
                    }
                }
            }
        }
    }

    /** Victims the text says were tortured without dating it: an undated act with the methods of their sentences. */
    private void tortureVictims() {
        List<String> victims = new ArrayList<>();
        f.persons().stream().filter(p -> p.roles().contains("torture_victim")).forEach(p -> victims.add(p.name()));
        f.groups().stream().filter(g -> g.roles().contains("torture_victim")).forEach(g -> victims.add(g.who()));
        for (String label : victims) {
            String who = subjectIdByLabel.get(label);
            if (who == null || acts.stream().anyMatch(a -> a.victimId.equals(who) && a.type.equals("torture"))) {
                continue;
            }
            Fact victim = f.persons().stream().filter(p -> p.name().equals(label)).map(p -> (Fact) p).findFirst()
                    .orElseGet(() -> f.groups().stream().filter(g -> g.who().equals(label)).findFirst().orElseThrow());
            List<TortureMethodFact> methods = methodsIn(text.of(victim)).stream()
                    .filter(t -> !placedMethods.contains(t.id())).toList();
            if (methods.isEmpty() && victims.size() == 1) {
                methods = f.tortureMethods().stream().filter(t -> !placedMethods.contains(t.id())).toList();
            }
            if (methods.isEmpty()) {
                continue;
            }
            EventDraft c = caseOf(who);
            caseKinds.get(who).add("torture");
            ActDraft torture = new ActDraft(prefix + "-act-" + (++counter), c.id, who, "torture");
            torture.position = text.position(methods.get(0));
            methods.forEach(t -> {
                torture.method(t, cite(t));
                c.positions.add(text.position(t));
            });
            acts.add(torture);
        }
    }

    private String proceeding(String who, Optional<PartialDate> date, Optional<String> authority, ProceedingStep step,
                              Optional<String> description, List<Fact> from, String kind) {
        EventDraft c = caseOf(who);
        caseKinds.get(who).add(kind);
        String id = prefix + "-proceeding-" + (++counter);
        List<Citation> citations = new ArrayList<>();
        for (Fact fact : from) {
            citations.addAll(cite(fact));
            add(c, fact, date);
            link(fact, id);
        }
        proceedings.add(new Proceeding(id, who, Optional.of(c.id), date, authority, step, description,
                Confidentiality.INTERNAL, citations));
        positionOfRecord.put(id, text.position(from.get(0)));
        return id;
    }

    private ActDraft act(String who, String type, DatedEventFact e, String kind) {
        EventDraft c = caseOf(who);
        caseKinds.get(who).add(kind);
        ActDraft a = new ActDraft(prefix + "-act-" + (++counter), c.id, who, type);
        a.start = Optional.of(e.date());
        a.description = Optional.of(clause(e));
        a.citations.addAll(cite(e));
        a.position = text.position(e);
        add(c, e, Optional.of(e.date()));
        link(e, a.id);
        acts.add(a);
        return a;
    }

    private EventDraft caseOf(String who) {
        return caseBySubject.computeIfAbsent(who, k -> {
            EventDraft d = new EventDraft(prefix + "-event-" + (++counter), "");
            caseKinds.put(k, new LinkedHashSet<>());
            events.add(d);
            return d;
        });
    }

    // ---- events of their own ---------------------------------------------------------------------------

    private void publicEvent(DatedEventFact e) {
        int sentence = text.of(e).stream().findFirst().orElse(-1);
        String key = sentence + "|" + e.date();
        EventDraft d = publicByKey.computeIfAbsent(key, k -> {
            EventDraft draft = new EventDraft(prefix + "-event-" + (++counter),
                    EventTitles.fromClause(e.what(), dateWords(e)));
            events.add(draft);
            return draft;
        });
        add(d, e, Optional.of(e.date()));
        e.who().filter(w -> subjectIdByLabel.get(w) != null && !d.title.contains(w))
                .ifPresent(w -> d.line("Concerns " + w + "."));
    }

    private void counts() {
        for (CountFact c : f.counts()) {
            if (c.kind().equals("duration")) {
                EventDraft d = eventFor(c);
                d.line("Duration: " + (c.evidence().isEmpty() ? c.what() : text.quote(c.evidence().get(0))));
                add(d, c, Optional.empty());
                continue;
            }
            Set<Integer> sentences = text.of(c);
            EventDraft d = publicIn(sentences)
                    .or(() -> c.date().flatMap(date -> publicByKey.entrySet().stream()
                            .filter(en -> en.getKey().endsWith("|" + date)).map(Map.Entry::getValue).findFirst()))
                    .or(() -> inSentences(sentences))
                    .orElseGet(() -> newEvent(c));
            String unit = c.kind().equals("organizations") ? "organisations" : c.kind();
            Optional<String> actType = Optional.empty();
            if (unit.equals("people")) {
                actType = KILLED.matcher(c.what()).find() ? Optional.of("killing")
                        : INJURED.matcher(c.what()).find() ? Optional.of("injury") : Optional.empty();
            }
            d.tally(new Tally(c.what(), c.count(), unit, actType, c.date()));
            add(d, c, c.date());
            actType.ifPresent(type -> victimsOf(c, type, d));
        }
    }

    /** People counted as killed or injured, as a group of victims with its act. */
    private void victimsOf(CountFact c, String type, EventDraft d) {
        String id = prefix + "-" + c.id() + "-victims";
        parties.add(new Person(id, PersonKind.GROUP, List.of(), Optional.of(c.what()), Optional.of(c.count()),
                "unknown", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                type.equals("killing"), Optional.empty(), Optional.empty(), Confidentiality.INTERNAL, cite(c)));
        ActDraft a = new ActDraft(prefix + "-act-" + (++counter), d.id, id, type);
        a.start = c.date();
        a.description = Optional.of(text.sentence(text.of(c).stream().findFirst().orElse(0)));
        a.citations.addAll(cite(c));
        a.position = text.position(c);
        acts.add(a);
        link(c, id);
        link(c, a.id);
    }

    private void categories() {
        for (CategoryFact c : f.violationCategories()) {
            for (EventDraft d : eventsFor(c)) {
                d.category(c.code());
                add(d, c, Optional.empty());
            }
        }
    }

    private void places() {
        for (PlaceFact p : f.places()) {
            for (EventDraft d : eventsFor(p)) {
                d.place(new Place(p.name(), Optional.empty(), p.country()));
                add(d, p, Optional.empty());
            }
        }
    }

    /** Methods not in a sentence with a torture: on the nearest act of torture, else on the nearest event. */
    private void leftoverMethods() {
        for (TortureMethodFact t : f.tortureMethods()) {
            if (placedMethods.contains(t.id())) {
                continue;
            }
            int at = text.position(t);
            Optional<ActDraft> torture = acts.stream().filter(a -> a.type.equals("torture"))
                    .min(Comparator.comparingInt(a -> Math.abs(a.position - at)));
            if (torture.isPresent()) {
                torture.get().method(t, cite(t));
            } else {
                unattached(t, "Method of torture or ill-treatment described: " + t.text());
            }
        }
    }

    /** A concern goes on the trial of the person whose proceedings are nearest; a trial step is added if needed. */
    private void fairTrialConcerns() {
        for (FairTrialFact c : f.fairTrialConcerns()) {
            int at = text.position(c);
            Optional<Proceeding> nearest = proceedings.stream()
                    .min(Comparator.comparingInt(p -> Math.abs(positionOfRecord.get(p.id()) - at)));
            if (nearest.isEmpty()) {
                unattached(c, "Fair-trial concern: " + c.text());
                continue;
            }
            String who = nearest.get().personId();
            Optional<Proceeding> trial = proceedings.stream()
                    .filter(p -> p.personId().equals(who) && p.step() instanceof ProceedingStep.Trial).findFirst();
            if (trial.isEmpty()) {
                String id = proceeding(who, Optional.empty(), Optional.empty(), new ProceedingStep.Trial(List.of()),
                        Optional.of("Fair-trial concerns the report raises"), List.of(c), "prosecution");
                trial = proceedings.stream().filter(p -> p.id().equals(id)).findFirst();
            } else {
                link(c, trial.get().id());
                add(caseOf(who), c, Optional.empty());
            }
            Proceeding p = trial.orElseThrow();
            List<String> concerns = new ArrayList<>(((ProceedingStep.Trial) p.step()).fairTrialConcerns());
            if (vocab.get(VocabularyKind.FAIR_TRIAL_CONCERN).contains(c.code()) && !concerns.contains(c.code())) {
                concerns.add(c.code());
            }
            List<Citation> citations = new ArrayList<>(p.citations());
            cite(c).stream().filter(x -> !citations.contains(x)).forEach(citations::add);
            proceedings.set(proceedings.indexOf(p), new Proceeding(p.id(), p.personId(), p.eventId(), p.date(),
                    p.authorityId(), new ProceedingStep.Trial(concerns), p.description(), p.confidentiality(),
                    citations));
        }
    }

    // ---- where a fact goes -----------------------------------------------------------------------------

    /** A fact with no record of its own: a line on the event of its sentence or the nearest one. */
    private void unattached(Fact fact, String line) {
        EventDraft d = eventFor(fact);
        d.line(line);
        add(d, fact, Optional.empty());
    }

    private EventDraft eventFor(Fact fact) {
        return inSentences(text.of(fact)).or(() -> nearest(fact)).orElseGet(() -> newEvent(fact));
    }

    /** Every event of the fact's sentences, else the nearest event, else a new one from its sentence. */
    private List<EventDraft> eventsFor(Fact fact) {
        Set<Integer> sentences = text.of(fact);
        List<EventDraft> found = events.stream().filter(e -> e.sentences.stream().anyMatch(sentences::contains))
                .toList();
        if (!found.isEmpty()) {
            return found;
        }
        return List.of(nearest(fact).orElseGet(() -> newEvent(fact)));
    }

    private Optional<EventDraft> publicIn(Set<Integer> sentences) {
        return publicByKey.values().stream().filter(e -> e.sentences.stream().anyMatch(sentences::contains))
                .findFirst();
    }

    private Optional<EventDraft> inSentences(Set<Integer> sentences) {
        return publicIn(sentences).or(() -> events.stream()
                .filter(e -> e.sentences.stream().anyMatch(sentences::contains)).findFirst());
    }

    private Optional<EventDraft> nearest(Fact fact) {
        int at = text.position(fact);
        return events.stream().min(Comparator.comparingInt(e -> e.distance(at)));
    }

    /** An event of its own for a fact that no dated event covers, titled by the fact's sentence. */
    private EventDraft newEvent(Fact fact) {
        int sentence = text.of(fact).stream().findFirst().orElse(0);
        EventDraft d = new EventDraft(prefix + "-event-" + (++counter),
                EventTitles.fromClause(text.sentence(sentence), List.of()));
        events.add(d);
        return d;
    }

    private void add(EventDraft d, Fact fact, Optional<PartialDate> date) {
        date.ifPresent(d::date);
        d.sentences.addAll(text.of(fact));
        d.positions.add(text.position(fact));
        d.cite(cite(fact));
        link(fact, d.id);
    }

    // ---- small readings --------------------------------------------------------------------------------

    private List<DatedEventFact> datedOf(String subject, String type) {
        return f.datedEvents().stream().filter(e -> e.type().equals(type))
                .filter(e -> e.who().map(subjectIdByLabel::get).filter(subject::equals).isPresent()).toList();
    }

    private boolean sameSentence(Fact a, Fact b) {
        return text.of(a).stream().anyMatch(text.of(b)::contains);
    }

    private List<TortureMethodFact> methodsIn(Set<Integer> sentences) {
        return f.tortureMethods().stream().filter(t -> text.of(t).stream().anyMatch(sentences::contains)).toList();
    }

    private Optional<Place> placeIn(Fact fact) {
        Set<Integer> sentences = text.of(fact);
        return f.places().stream().filter(p -> text.of(p).stream().anyMatch(sentences::contains)).findFirst()
                .map(p -> new Place(p.name(), Optional.empty(), p.country()));
    }

    /** The article of law named in the sentences of these facts ("Article 341 of the Criminal Code"). */
    private Optional<String> article(List<Fact> facts) {
        for (Fact fact : facts) {
            for (int s : text.of(fact)) {
                Matcher m = ARTICLE.matcher(text.sentence(s));
                if (m.find()) {
                    return Optional.of(m.group().strip());
                }
            }
        }
        return Optional.empty();
    }

    private String clause(Fact fact) {
        if (fact instanceof DatedEventFact e) {
            return e.what().strip();
        }
        return text.sentence(text.of(fact).stream().findFirst().orElse(0));
    }

    private List<String> dateWords(DatedEventFact e) {
        return e.evidence().stream().map(s -> s.of(text.text())).filter(w -> w.chars().anyMatch(Character::isDigit))
                .toList();
    }

    private static Optional<ProceedingStep> step(DatedEventFact e) {
        String what = e.what().toLowerCase(java.util.Locale.ROOT);
        return switch (e.type()) {
            case "release" -> Optional.of(new ProceedingStep.Release(what.contains("without charge") ? "without_charge"
                    : what.contains("conditional") ? "conditional" : "unconditional"));
            case "verdict" -> Optional.of(new ProceedingStep.Verdict(what.contains("acquitted") ? "acquitted"
                    : "convicted", List.of()));
            case "appeal" -> Optional.of(new ProceedingStep.Appeal(what.contains("upheld") ? "upheld"
                    : what.contains("overturned") || what.contains("quashed") ? "overturned" : "pending"));
            case "trial" -> Optional.of(new ProceedingStep.Trial(List.of()));
            default -> Optional.empty();
        };
    }

    private List<String> descriptors(List<String> roles) {
        return roles.stream().filter(r -> vocab.get(VocabularyKind.PERSON_DESCRIPTOR).contains(r)).toList();
    }

    private void link(Fact fact, String recordId) {
        List<String> ids = byFact.computeIfAbsent(fact.id(), k -> new ArrayList<>());
        if (!ids.contains(recordId)) {
            ids.add(recordId);
        }
    }

    /** The fact's spans as citations of the source, each noting the words it quotes (never the fact's id). */
    private List<Citation> cite(Fact fact) {
        List<Citation> out = new ArrayList<>();
        for (TextSpan s : fact.evidence()) {
            out.add(new Citation(sourceId, Optional.of(s), Optional.of(text.quote(s))));
        }
        return out;
    }

    /** An act while it is drafted: methods of torture are added as they are found. */
    private final class ActDraft {
        final String id;
        final String eventId;
        final String victimId;
        final String type;
        Optional<PartialDate> start = Optional.empty();
        Optional<Place> place = Optional.empty();
        Optional<String> description = Optional.empty();
        int position;
        final List<String> methods = new ArrayList<>();
        final List<Citation> citations = new ArrayList<>();

        ActDraft(String id, String eventId, String victimId, String type) {
            this.id = id;
            this.eventId = eventId;
            this.victimId = victimId;
            this.type = type;
        }

        void method(TortureMethodFact t, List<Citation> cited) {
            if (!methods.contains(t.code())) {
                methods.add(t.code());
            }
            cited.stream().filter(c -> !citations.contains(c)).forEach(citations::add);
            placedMethods.add(t.id());
            link(t, id);
        }

        Act toAct() {
            Optional<TortureDetails> torture = type.equals("torture")
                    ? Optional.of(new TortureDetails(methods, Optional.empty())) : Optional.empty();
            Optional<DetentionDetails> detention = type.endsWith("detention")
                    ? Optional.of(new DetentionDetails(Optional.empty(), false, false, Optional.empty()))
                    : Optional.empty();
            return new Act(id, eventId, victimId, type, start, Optional.empty(), place, description, detention,
                    torture, Optional.empty(), Confidentiality.INTERNAL, citations);
        }
    }
}
