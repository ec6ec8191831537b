package org.vigil.extract.json;

import org.vigil.core.count.Count;
import org.vigil.core.count.CountQualifier;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Term;
import org.vigil.core.model.TextSpan;
import org.vigil.core.provenance.InputDigest;
import org.vigil.core.time.DatePart;
import org.vigil.core.time.PartialDate;
import org.vigil.extract.Extraction;
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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an extraction as JSON in the shape of the gold files ({@code shared/data/reports/*.gold.json}):
 * {@code report_year}, {@code events_year}, {@code persons}, {@code groups}, {@code organizations},
 * {@code places}, {@code counts}, {@code sentences}, {@code charges}, {@code violation_categories},
 * {@code torture_methods}, {@code fair_trial_violations}, {@code dated_events}; every item has an {@code id}
 * and {@code evidence: [{start, end}]}, character offsets into the text (as Java strings count them), plus
 * {@code provenance} and, when asked for, the {@code text}. Field order is fixed, so the same extraction
 * always gives the same bytes.
 */
public final class FactsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FactsJson() {
    }

    /** The JSON text, indented, ending with a newline. */
    public static String write(Extraction extraction) {
        return MAPPER.writeValueAsString(tree(extraction)) + "\n";
    }

    /** The JSON tree as ordered maps and lists (for callers that embed it in a larger document). */
    public static Map<String, Object> tree(Extraction x) {
        Facts f = x.facts();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("report", x.source());
        root.put("format", x.format().name().toLowerCase(java.util.Locale.ROOT));
        root.put("report_year", x.years().reportYear().isPresent() ? x.years().reportYear().getAsInt() : null);
        root.put("events_year", x.years().eventsYear().isPresent() ? x.years().eventsYear().getAsInt() : null);
        root.put("persons", list(f.persons(), FactsJson::person));
        root.put("groups", list(f.groups(), FactsJson::group));
        root.put("organizations", list(f.organisations(), FactsJson::organisation));
        root.put("places", list(f.places(), FactsJson::place));
        root.put("counts", list(f.counts(), FactsJson::count));
        // Death sentences apart, as the gold files keep them: the scorer matches sentences on terms, fines and life.
        root.put("sentences", list(f.sentences().stream().filter(s -> !deathOnly(s)).toList(), FactsJson::sentence));
        root.put("death_sentences", list(f.sentences().stream().filter(FactsJson::deathOnly).toList(),
                FactsJson::sentence));
        root.put("charges", list(f.charges(), FactsJson::charge));
        root.put("violation_categories", list(f.violationCategories(), FactsJson::category));
        root.put("torture_methods", list(f.tortureMethods(), FactsJson::torture));
        root.put("fair_trial_violations", list(f.fairTrialConcerns(), FactsJson::fairTrial));
        root.put("dated_events", list(f.datedEvents(), FactsJson::event));
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("method", x.provenance().method());
        prov.put("settings", x.provenance().settings());
        prov.put("seed", x.provenance().seed());
        List<Object> inputs = new ArrayList<>();
        for (InputDigest input : x.provenance().inputs()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("name", input.name());
            i.put("sha256", input.sha256());
            inputs.add(i);
        }
        prov.put("inputs", inputs);
        prov.put("vigil_version", x.provenance().vigilVersion());
        root.put("provenance", prov);
        x.text().ifPresent(t -> root.put("text", t));
        return root;
    }

    private static <T> List<Object> list(List<T> items, java.util.function.Function<T, Map<String, Object>> f) {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(f.apply(i)));
        return out;
    }

    private static Map<String, Object> person(PersonFact p) {
        Map<String, Object> m = item(p.id());
        m.put("name", p.name());
        if (p.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            m.put("name_latin", latin(p.name()));
        }
        m.put("roles", p.roles());
        m.put("organization", p.organisation().orElse(null));
        p.nationality().ifPresent(n -> m.put("nationality", n));
        m.put("events", notes(p.events()));
        m.put("evidence", spans(p.evidence()));
        return m;
    }

    private static Map<String, Object> group(GroupFact g) {
        Map<String, Object> m = item(g.id());
        m.put("who", g.who());
        m.put("size", g.size().value());
        qualifier(m, "size_qualifier", g.size());
        m.put("roles", g.roles());
        m.put("events", notes(g.events()));
        m.put("evidence", spans(g.evidence()));
        return m;
    }

    private static Map<String, Object> organisation(OrganisationFact o) {
        Map<String, Object> m = item(o.id());
        m.put("name", o.name());
        m.put("kind", o.kind());
        if (!o.aliases().isEmpty()) {
            m.put("aliases", o.aliases());
        }
        m.put("evidence", spans(o.evidence()));
        return m;
    }

    private static Map<String, Object> place(PlaceFact p) {
        Map<String, Object> m = item(p.id());
        m.put("name", p.name());
        m.put("kind", p.kind());
        p.country().ifPresent(c -> m.put("country", c));
        m.put("evidence", spans(p.evidence()));
        return m;
    }

    private static Map<String, Object> count(CountFact c) {
        Map<String, Object> m = item(c.id());
        m.put("what", c.what());
        m.put("value", c.count().value());
        m.put("qualifier", c.count().qualifier() == CountQualifier.EXACTLY ? "exactly" : c.count().qualifier().phrase());
        c.event().ifPresent(e -> m.put("event", e));
        c.date().ifPresent(d -> date(m, d));
        m.put("kind", c.kind());
        m.put("evidence", spans(c.evidence()));
        return m;
    }

    /** A Cyrillic name in Latin letters beside it ("Насрин Сотуде" → "Nasrin Sotude"), by core.text. */
    private static String latin(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : org.vigil.core.text.Transliteration.toAscii(name).split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static boolean deathOnly(SentenceFact s) {
        var p = s.penalty();
        return p.death() && p.term().isEmpty() && p.minimum().isEmpty() && p.maximum().isEmpty() && !p.life()
                && p.fine().isEmpty();
    }

    private static Map<String, Object> sentence(SentenceFact s) {
        Map<String, Object> m = item(s.id());
        m.put("person", s.person());
        ProceedingStep.Sentence p = s.penalty();
        p.term().ifPresent(t -> term(m, "", t));
        p.minimum().ifPresent(t -> term(m, "_min", t));
        p.maximum().ifPresent(t -> term(m, "_max", t));
        if (p.life()) {
            m.put("life", true);
        }
        if (p.death()) {
            m.put("death", true);
        }
        p.fine().ifPresent(f -> m.put("fine", f));
        if (p.suspended()) {
            m.put("suspended", true);
        }
        m.put("charge", s.charges());
        m.put("court", s.court().orElse(null));
        s.date().ifPresent(d -> date(m, d));
        s.extra().ifPresent(e -> m.put("extra", e));
        m.put("evidence", spans(s.evidence()));
        return m;
    }

    private static Map<String, Object> charge(ChargeFact c) {
        Map<String, Object> m = item(c.id());
        m.put("name", c.text());
        m.put("persons", c.persons());
        m.put("evidence", spans(c.evidence()));
        return m;
    }

    private static Map<String, Object> category(CategoryFact c) {
        Map<String, Object> m = item(c.id());
        m.put("name", c.code());
        m.put("cues", c.cues());
        m.put("evidence", spans(c.evidence()));
        return m;
    }

    private static Map<String, Object> torture(TortureMethodFact t) {
        Map<String, Object> m = item(t.id());
        m.put("name", t.text());
        m.put("code", t.code());
        m.put("evidence", spans(t.evidence()));
        return m;
    }

    private static Map<String, Object> fairTrial(FairTrialFact t) {
        Map<String, Object> m = item(t.id());
        m.put("name", t.text());
        m.put("code", t.code());
        m.put("evidence", spans(t.evidence()));
        return m;
    }

    private static Map<String, Object> event(DatedEventFact e) {
        Map<String, Object> m = item(e.id());
        date(m, e.date());
        m.put("type", e.type());
        m.put("what", e.what());
        m.put("who", e.who().orElse(null));
        m.put("evidence", spans(e.evidence()));
        return m;
    }

    private static Map<String, Object> item(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        return m;
    }

    private static void date(Map<String, Object> m, PartialDate d) {
        m.put("date", d.isoText());
        if (d.part() != DatePart.WHOLE) {
            m.put("date_part", d.part().word());
        }
    }

    private static void qualifier(Map<String, Object> m, String key, Count c) {
        if (c.qualifier() != CountQualifier.EXACTLY) {
            m.put(key, c.qualifier().phrase());
        }
    }

    /** A term as years (7.5), months or days, with the suffix for ranges ({@code years_min}). */
    private static void term(Map<String, Object> m, String suffix, Term t) {
        if (t.years() == 0 && t.months() == 0) {
            m.put("days" + suffix, t.days());
        } else if (t.years() == 0 && t.days() == 0) {
            m.put("months" + suffix, t.months());
            // the gold files give months as a fraction of years too (4 months = 0.3333)
            m.put("years" + suffix, Math.round(t.months() / 12.0 * 10_000) / 10_000.0);
        } else {
            double years = Math.round(t.inYears() * 10_000) / 10_000.0;
            m.put("years" + suffix, years == Math.rint(years) ? (Object) (long) years : (Object) years);
        }
    }

    private static List<Object> notes(List<EventNote> notes) {
        List<Object> out = new ArrayList<>();
        for (EventNote n : notes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", n.date().isoText());
            m.put("what", n.what());
            m.put("event", n.eventId());
            out.add(m);
        }
        return out;
    }

    private static List<Object> spans(List<TextSpan> spans) {
        List<Object> out = new ArrayList<>(spans.size());
        for (TextSpan s : spans) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", s.start());
            m.put("end", s.end());
            out.add(m);
        }
        return out;
    }
}
