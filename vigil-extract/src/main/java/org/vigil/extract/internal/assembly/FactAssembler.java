package org.vigil.extract.internal.assembly;

import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.TextSpan;
import org.vigil.core.time.DatePrecision;
import org.vigil.core.time.PartialDate;
import org.vigil.extract.facts.CategoryFact;
import org.vigil.extract.facts.ChargeFact;
import org.vigil.extract.facts.CountFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.EventNote;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.facts.FairTrialFact;
import org.vigil.extract.facts.GroupFact;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.PlaceFact;
import org.vigil.extract.facts.SentenceFact;
import org.vigil.extract.facts.TortureMethodFact;
import org.vigil.extract.internal.counts.CountMention;
import org.vigil.extract.internal.cues.CueMention;
import org.vigil.extract.internal.dates.DateMention;
import org.vigil.extract.internal.events.EventClause;
import org.vigil.extract.internal.events.Trigger;
import org.vigil.extract.internal.legal.ChargeMention;
import org.vigil.extract.internal.legal.PenaltyMention;
import org.vigil.extract.internal.lexicon.Lexicon;
import org.vigil.extract.internal.names.Entities;
import org.vigil.extract.internal.names.Entity;
import org.vigil.extract.internal.names.EntityType;
import org.vigil.extract.internal.names.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the finders saw, sentence by sentence, into facts: resolves who each charge, penalty and dated
 * event is about, gives persons and groups their roles, merges repeated mentions of the same thing and
 * numbers the facts in order of first mention.
 */
public final class FactAssembler {

    private static final Pattern IS_A_ROLE = Pattern.compile("\\b(?:was|is|became|remains|remained)\\s+(?:a|an)\\s+"
            + "((?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)[.,;]");
    private static final Pattern WORK_ABROAD = Pattern.compile("\\bto work in\\b|\\bmigrant workers?\\b");

    private final Lexicon lexicon;
    private final Entities entities;
    private final List<SentenceReading> readings;

    private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
    private final Map<String, CountDraft> counts = new LinkedHashMap<>();
    private final List<ChargeDraft> charges = new ArrayList<>();
    private final Map<String, List<String>> chargesBySubject = new LinkedHashMap<>();
    private final List<SentenceDraft> sentences = new ArrayList<>();
    private final List<EventDraft> events = new ArrayList<>();
    private final Map<String, CueDraft> categories = new LinkedHashMap<>();
    private final Map<String, CueDraft> tortureMethods = new LinkedHashMap<>();
    private final Map<String, CueDraft> fairTrial = new LinkedHashMap<>();

    public FactAssembler(Lexicon lexicon, Entities entities, List<SentenceReading> readings) {
        this.lexicon = lexicon;
        this.entities = entities;
        this.readings = readings;
    }

    public Facts assemble() {
        Discourse discourse = new Discourse(entities);
        for (SentenceReading r : readings) {
            if (r.sentence().isHeading()) {
                discourse.reset();
                cues(r, r.categories(), categories);
                continue;
            }
            cues(r, r.categories(), categories);
            cues(r, r.tortureMethods(), tortureMethods);
            cues(r, r.fairTrial(), fairTrial);
            counts(r);
            charges(r, discourse);
            penalties(r, discourse);
            events(r, discourse);
            roles(r, discourse);
            discourse.after(r);
        }
        List<EventDraft> merged = mergeEvents();
        return build(merged);
    }

    // ---- reading each sentence ----

    private void counts(SentenceReading r) {
        for (CountMention c : r.counts()) {
            Optional<PartialDate> date = nearestDate(r, c.start());
            String key = c.kind() + ":" + c.count().value() + ":" + (c.head().isEmpty() ? c.what() : c.head());
            List<TextSpan> spans = r.sentence().evidence(c.start(), c.end());
            counts.computeIfAbsent(key, k -> new CountDraft(c, date, CountContext.describe(c, r.text())))
                    .evidence.addAll(spans);
            if (c.namesGroup()) {
                GroupDraft g = groups.computeIfAbsent(Subject.groupKey(c), k -> new GroupDraft(c));
                g.evidence.addAll(spans);
                groupRolesFromWords(g, c, r.text());
            }
        }
    }

    private void charges(SentenceReading r, Discourse discourse) {
        for (ChargeMention c : r.charges()) {
            Optional<Subject> who = discourse.at(r, c.trigger());
            ChargeDraft same = null;
            for (ChargeDraft d : charges) {
                if (TokenSimilarity.similar(d.text, c.text())) {
                    same = d;
                    break;
                }
            }
            if (same == null) {
                same = new ChargeDraft(c.text());
                charges.add(same);
            }
            same.evidence.addAll(r.sentence().evidence(c.start(), c.end()));
            boolean accusation = !r.text().startsWith("warrant", c.trigger()) && !r.text().startsWith("on suspicion", c.trigger());
            if (who.isPresent()) {
                same.persons.add(who.get().label());
                List<String> list = chargesBySubject.computeIfAbsent(who.get().key(), k -> new ArrayList<>());
                if (!list.contains(same.text)) {
                    list.add(same.text);
                }
                if (accusation) {
                    addRole(who.get(), "defendant");
                }
            }
        }
    }

    private void penalties(SentenceReading r, Discourse discourse) {
        for (PenaltyMention p : r.penalties()) {
            Optional<Subject> who = discourse.at(r, p.start());
            if (who.isEmpty()) {
                continue;
            }
            addRole(who.get(), "defendant");
            List<String> chargeTexts = new ArrayList<>();
            for (ChargeMention c : r.charges()) {
                charges.stream().filter(d -> TokenSimilarity.similar(d.text, c.text())).findFirst()
                        .ifPresent(d -> { if (!chargeTexts.contains(d.text)) { chargeTexts.add(d.text); } });
            }
            if (chargeTexts.isEmpty()) {
                chargeTexts.addAll(chargesBySubject.getOrDefault(who.get().key(), List.of()));
            }
            Optional<String> court = Optional.empty();
            for (Mention m : r.mentions()) {
                if (m.type() == EntityType.ORGANISATION) {
                    Optional<Entity> org = entities.byKey(m.key());
                    if (org.isPresent() && org.get().kind().equals("court") && court.isEmpty()) {
                        court = Optional.of(org.get().name());
                    }
                }
            }
            Optional<PartialDate> date = nearestDate(r, p.start());
            Optional<String> extra = p.penalty().confiscation() ? Optional.of("confiscation of property") : Optional.empty();
            SentenceDraft same = null;
            for (SentenceDraft s : sentences) {
                if (s.who.key().equals(who.get().key()) && s.penalty.equals(p.penalty())) {
                    same = s;
                }
            }
            if (same == null) {
                same = new SentenceDraft(who.get(), p.penalty(), chargeTexts, court, date, extra);
                sentences.add(same);
            }
            same.evidence.addAll(r.sentence().evidence(p.start(), p.end()));
        }
    }

    private void events(SentenceReading r, Discourse discourse) {
        for (DateMention d : r.dates()) {
            Optional<Trigger> trigger = EventClause.triggerOf(r.text(), d, r.triggers());
            String type = trigger.map(Trigger::type).orElse("other");
            Optional<Subject> who = trigger.flatMap(t -> objectOf(r, t));
            if (who.isEmpty()) {
                who = discourse.at(r, trigger.map(Trigger::start).orElse(d.start()));
            }
            EventDraft e = new EventDraft(d.date(), type, who, summary(r.text(), d, trigger), r.sentence().index());
            e.evidence.addAll(r.sentence().evidence(d.start(), d.end()));
            trigger.ifPresent(t -> e.evidence.addAll(r.sentence().evidence(t.start(), t.end())));
            events.add(e);
            if (who.isPresent() && (type.equals("arrest") || type.equals("extradition"))) {
                addRole(who.get(), "detainee");
            }
            if (who.isPresent() && (type.equals("trial") || type.equals("verdict") || type.equals("charge"))) {
                addRole(who.get(), "defendant");
            }
        }
    }

    /** The person or group right after an active verb ("detained three activists", "arrested X"). */
    private Optional<Subject> objectOf(SentenceReading r, Trigger t) {
        if (t.noun()) {
            return Optional.empty();
        }
        String text = r.text();
        String before = text.substring(Math.max(0, t.start() - 12), t.start());
        if (before.matches("(?s).*\\b(?:was|were|been|be|being|is|are)\\s+(?:\\p{L}+ly\\s+)?$")) {
            return Optional.empty();
        }
        for (Mention m : r.mentions()) {
            if (m.type() == EntityType.PERSON && m.start() >= t.end() && m.start() - t.end() <= 2) {
                return entities.byKey(m.key()).map(e -> new Subject(m.key(), e.name(), Optional.empty()));
            }
        }
        for (CountMention c : r.counts()) {
            if (c.namesGroup() && c.start() >= t.end() && c.start() - t.end() <= 2) {
                return Optional.of(new Subject(Subject.groupKey(c), c.label(), Optional.of(c)));
            }
        }
        return Optional.empty();
    }

    private void roles(SentenceReading r, Discourse discourse) {
        for (CueMention c : r.tortureMethods()) {
            discourse.at(r, c.start()).ifPresent(s -> addRole(s, "torture_victim"));
        }
        String text = r.text();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Trigger t : r.triggers()) {
            if (t.type().equals("arrest") && !t.noun()) {
                Optional<Subject> who = objectOf(r, t);
                (who.isPresent() ? who : discourse.at(r, t.start())).ifPresent(s -> addRole(s, "detainee"));
            }
        }
        if (lower.contains("extradition") || lower.contains("extradit")) {
            for (Trigger t : r.triggers()) {
                if (t.type().equals("arrest") && !t.noun()) {
                    discourse.at(r, t.start()).filter(s -> !s.isGroup()).ifPresent(s -> addRole(s, "extradition_risk"));
                }
            }
        }
        Matcher work = WORK_ABROAD.matcher(text);
        if (lower.contains("work") && work.find()) {
            discourse.at(r, work.start()).filter(s -> !s.isGroup()).ifPresent(s -> addRole(s, "migrant_worker"));
        }
        Matcher isA = IS_A_ROLE.matcher(text);
        while ((lower.contains(" a ") || lower.contains(" an ")) && isA.find()) {
            String phrase = isA.group(1).toLowerCase(Locale.ROOT);
            for (String role : lexicon.rolePhrases()) {
                if (phrase.endsWith(role)) {
                    Optional<String> code = lexicon.roleDescriptor(role);
                    if (code.isPresent()) {
                        discourse.at(r, isA.start()).ifPresent(s -> addRole(s, code.get()));
                    }
                    break;
                }
            }
        }
    }

    private void addRole(Subject s, String code) {
        if (s.isGroup()) {
            GroupDraft g = groups.get(s.key());
            if (g != null) {
                g.roles.add(code);
            }
        } else {
            entities.byKey(s.key()).ifPresent(p -> p.addRole(code));
        }
    }

    private void groupRolesFromWords(GroupDraft g, CountMention c, String sentence) {
        String head = c.head();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (c.kind().equals("organizations")) {
            g.roles.add(head.contains("outlet") || head.contains("newspaper") || head.contains("website")
                    || head.contains("channel") ? "media" : "organisation");
        }
        for (String role : lexicon.rolePhrases()) {
            if (head.equals(role + "s") || head.equals(role + "es") || head.equals(role)) {
                lexicon.roleDescriptor(role).ifPresent(g.roles::add);
            }
        }
        if (head.equals("defendants")) {
            g.roles.add("defendant");
        }
        if (head.equals("asylum-seekers") || lower.contains("asylum-seeker")) {
            g.roles.add("asylum_seeker");
        }
        if (lower.contains("extradit")) {
            g.roles.add("extradited");
        }
        if ((head.equals("officers") || head.equals("officials") || head.equals("soldiers") || head.equals("policemen"))
                && (lower.contains("charged") || lower.contains("sentenced") || lower.contains("convicted"))) {
            g.roles.add("perpetrator");
        }
    }

    private static void cues(SentenceReading r, List<CueMention> found, Map<String, CueDraft> into) {
        for (CueMention c : found) {
            CueDraft d = into.computeIfAbsent(c.code(), k -> new CueDraft(c.code(), c.text()));
            if (!d.cues.contains(c.text().toLowerCase(Locale.ROOT)) && d.cues.size() < 6) {
                d.cues.add(c.text().toLowerCase(Locale.ROOT));
            }
            d.evidence.addAll(r.sentence().evidence(c.start(), c.end()));
        }
    }

    private static Optional<PartialDate> nearestDate(SentenceReading r, int position) {
        DateMention best = null;
        for (DateMention d : r.dates()) {
            if (best == null || Math.abs(d.start() - position) < Math.abs(best.start() - position)) {
                best = d;
            }
        }
        return Optional.ofNullable(best).map(DateMention::date);
    }

    private static String summary(String sentence, DateMention d, Optional<Trigger> t) {
        String s = sentence.strip();
        if (s.length() <= 220) {
            return s;
        }
        int from = Math.min(d.start(), t.map(Trigger::start).orElse(d.start()));
        int to = Math.max(d.end(), t.map(Trigger::end).orElse(d.end()));
        int a = Math.max(0, from - 90);
        int b = Math.min(sentence.length(), to + 90);
        while (a > 0 && sentence.charAt(a - 1) != ' ') {
            a--;
        }
        while (b < sentence.length() && sentence.charAt(b) != ' ') {
            b++;
        }
        return ((a > 0 ? "… " : "") + sentence.substring(a, b).strip() + (b < sentence.length() ? " …" : ""))
                .replaceAll("\\s+", " ");
    }

    // ---- merging dated events ----

    /** The same kind of happening, at compatible dates, about the same subject (or an unnamed one), is one event. */
    private List<EventDraft> mergeEvents() {
        List<EventDraft> merged = new ArrayList<>();
        // Compatible dates share their year, so only events of the same type and year are compared.
        Map<String, List<EventDraft>> byTypeAndYear = new LinkedHashMap<>();
        for (EventDraft e : events) {
            List<EventDraft> candidates = byTypeAndYear.computeIfAbsent(e.type + ":" + e.date.year(), k -> new ArrayList<>());
            EventDraft same = null;
            for (EventDraft m : candidates) {
                if (!e.type.equals("other") && compatible(m.date, e.date)
                        && (m.who.isEmpty() || e.who.isEmpty() || m.who.get().compatible(e.who.get()))) {
                    same = m;
                    break;
                }
            }
            if (same == null) {
                merged.add(e);
                candidates.add(e);
                continue;
            }
            if (rank(e.date) > rank(same.date)) {
                same.date = e.date;
                same.what = e.what;
            }
            if (same.who.isEmpty()) {
                same.who = e.who;
            }
            same.evidence.addAll(e.evidence);
        }
        return merged;
    }

    private static boolean compatible(PartialDate a, PartialDate b) {
        PartialDate x = a.withPart(org.vigil.core.time.DatePart.WHOLE);
        PartialDate y = b.withPart(org.vigil.core.time.DatePart.WHOLE);
        return x.equals(y) || x.isWithin(y) || y.isWithin(x);
    }

    private static int rank(PartialDate d) {
        return d.precision() == DatePrecision.DAY ? 3 : d.precision() == DatePrecision.MONTH ? 2 : 1;
    }

    // ---- building the facts ----

    private Facts build(List<EventDraft> merged) {
        List<DatedEventFact> eventFacts = new ArrayList<>();
        Map<String, List<EventNote>> notes = new LinkedHashMap<>();
        for (EventDraft e : merged) {
            String id = "event-" + (eventFacts.size() + 1);
            eventFacts.add(new DatedEventFact(id, e.date, e.type, e.what, e.who.map(Subject::label), sorted(e.evidence)));
            e.who.ifPresent(w -> notes.computeIfAbsent(w.key(), k -> new ArrayList<>()).add(new EventNote(e.date, e.what, id)));
        }
        List<PersonFact> persons = new ArrayList<>();
        for (Entity p : entities.persons()) {
            Optional<String> org = p.organisationKey().flatMap(entities::byKey).map(Entity::name);
            persons.add(new PersonFact("person-" + (persons.size() + 1), p.name(), List.copyOf(p.roles()), org,
                    p.country(), notes.getOrDefault(p.key(), List.of()), sorted(p.evidence())));
        }
        List<GroupFact> groupFacts = new ArrayList<>();
        for (Map.Entry<String, GroupDraft> g : groups.entrySet()) {
            GroupDraft d = g.getValue();
            groupFacts.add(new GroupFact("group-" + (groupFacts.size() + 1), d.mention.label(), d.mention.count(),
                    List.copyOf(d.roles), notes.getOrDefault(g.getKey(), List.of()), sorted(d.evidence)));
        }
        List<OrganisationFact> orgs = new ArrayList<>();
        for (Entity o : entities.orgs()) {
            orgs.add(new OrganisationFact("org-" + (orgs.size() + 1), o.name(), o.kind(), List.copyOf(o.aliases()),
                    sorted(o.evidence())));
        }
        List<PlaceFact> places = new ArrayList<>();
        for (Entity p : entities.places()) {
            places.add(new PlaceFact("place-" + (places.size() + 1), p.name(), p.kind(),
                    p.kind().equals("country") ? p.country() : Optional.empty(), sorted(p.evidence())));
        }
        List<CountFact> countFacts = new ArrayList<>();
        for (CountDraft c : counts.values()) {
            countFacts.add(new CountFact("count-" + (countFacts.size() + 1), c.what, c.mention.count(),
                    c.mention.kind(), Optional.empty(), c.date, sorted(c.evidence)));
        }
        List<SentenceFact> sentenceFacts = new ArrayList<>();
        for (SentenceDraft s : sentences) {
            sentenceFacts.add(new SentenceFact("sentence-" + (sentenceFacts.size() + 1), s.who.label(), s.penalty,
                    s.charges, s.court, s.date, s.extra, sorted(s.evidence)));
        }
        List<ChargeFact> chargeFacts = new ArrayList<>();
        for (ChargeDraft c : charges) {
            chargeFacts.add(new ChargeFact("charge-" + (chargeFacts.size() + 1), c.text, List.copyOf(c.persons),
                    sorted(c.evidence)));
        }
        List<CategoryFact> categoryFacts = new ArrayList<>();
        for (CueDraft c : categories.values()) {
            categoryFacts.add(new CategoryFact("category-" + (categoryFacts.size() + 1), c.code, List.copyOf(c.cues),
                    sorted(c.evidence)));
        }
        List<TortureMethodFact> tortureFacts = new ArrayList<>();
        for (CueDraft c : tortureMethods.values()) {
            tortureFacts.add(new TortureMethodFact("torture-" + (tortureFacts.size() + 1), c.code, c.firstText,
                    sorted(c.evidence)));
        }
        List<FairTrialFact> fairFacts = new ArrayList<>();
        for (CueDraft c : fairTrial.values()) {
            fairFacts.add(new FairTrialFact("fair-trial-" + (fairFacts.size() + 1), c.code, c.firstText,
                    sorted(c.evidence)));
        }
        return new Facts(persons, groupFacts, orgs, places, countFacts, sentenceFacts, chargeFacts, categoryFacts,
                tortureFacts, fairFacts, eventFacts);
    }

    private static List<TextSpan> sorted(Set<TextSpan> spans) {
        List<TextSpan> list = new ArrayList<>(spans);
        list.sort(java.util.Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end));
        return list;
    }

    private static List<TextSpan> sorted(List<TextSpan> spans) {
        return sorted(new LinkedHashSet<>(spans));
    }

    // ---- drafts ----

    private static final class GroupDraft {
        final CountMention mention;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<TextSpan> evidence = new LinkedHashSet<>();

        GroupDraft(CountMention mention) {
            this.mention = mention;
        }
    }

    private static final class CountDraft {
        final CountMention mention;
        final Optional<PartialDate> date;
        final String what;
        final Set<TextSpan> evidence = new LinkedHashSet<>();

        CountDraft(CountMention mention, Optional<PartialDate> date, String what) {
            this.mention = mention;
            this.date = date;
            this.what = what;
        }
    }

    private static final class ChargeDraft {
        final String text;
        final Set<String> persons = new LinkedHashSet<>();
        final Set<TextSpan> evidence = new LinkedHashSet<>();

        ChargeDraft(String text) {
            this.text = text;
        }
    }

    private static final class SentenceDraft {
        final Subject who;
        final ProceedingStep.Sentence penalty;
        final List<String> charges;
        final Optional<String> court;
        final Optional<PartialDate> date;
        final Optional<String> extra;
        final Set<TextSpan> evidence = new LinkedHashSet<>();

        SentenceDraft(Subject who, ProceedingStep.Sentence penalty, List<String> charges, Optional<String> court,
                      Optional<PartialDate> date, Optional<String> extra) {
            this.who = who;
            this.penalty = penalty;
            this.charges = List.copyOf(charges);
            this.court = court;
            this.date = date;
            this.extra = extra;
        }
    }

    private static final class EventDraft {
        PartialDate date;
        final String type;
        Optional<Subject> who;
        String what;
        final int sentence;
        final Set<TextSpan> evidence = new LinkedHashSet<>();

        EventDraft(PartialDate date, String type, Optional<Subject> who, String what, int sentence) {
            this.date = date;
            this.type = type;
            this.who = who;
            this.what = what;
            this.sentence = sentence;
        }
    }

    private static final class CueDraft {
        final String code;
        final String firstText;
        final List<String> cues = new ArrayList<>();
        final Set<TextSpan> evidence = new LinkedHashSet<>();

        CueDraft(String code, String firstText) {
            this.code = code;
            this.firstText = firstText;
        }
    }

}
