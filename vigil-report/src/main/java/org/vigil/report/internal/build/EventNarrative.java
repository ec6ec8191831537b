package org.vigil.report.internal.build;

import org.vigil.core.model.Act;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Event;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingChronology;
import org.vigil.core.model.Tally;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.report.content.Paragraph;
import org.vigil.report.content.Statement;
import org.vigil.report.internal.text.DateWords;
import org.vigil.report.internal.text.Phrases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The paragraph that tells one event: when and where, the researcher's description, its figures with their
 * qualifiers, what was done to whom and by whom, and the steps of the proceedings that followed.
 */
final class EventNarrative {

    private final Scope scope;
    private final Phrases phrases;
    private final RecordNames names;
    private final StepSentences steps;
    private final Endnotes notes;

    EventNarrative(Scope scope, Phrases phrases, RecordNames names, StepSentences steps, Endnotes notes) {
        this.scope = scope;
        this.phrases = phrases;
        this.names = names;
        this.steps = steps;
        this.notes = notes;
    }

    /**
     * The paragraphs of an event of the year: what happened and its figures (under the event's heading), what
     * was done to whom and by whom, then each person's proceedings.
     */
    List<Paragraph> of(Event e) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Statement> what = new ArrayList<>();
        what.add(opening(e));
        e.description().ifPresent(d -> what.add(notes.statement(sentence(d), e.citations())));
        for (Tally t : e.tallies()) {
            what.add(notes.statement(tally(t), e.citations()));
        }
        paragraphs.add(new Paragraph(Optional.of(e.title()), what));
        List<Statement> out = new ArrayList<>();
        Map<String, List<Citation>> perpetrators = new LinkedHashMap<>();
        List<Statement> perpetratorNotes = new ArrayList<>();
        for (Act a : scope.acts(e.id())) {
            out.add(notes.statement(act(a), a.citations()));
            for (Involvement i : scope.involvements(a.id())) {
                String who = names.of(i.perpetratorId());
                String status = phrases.getOr("involvement.status." + i.status(), i.status().replace('_', ' '));
                perpetrators.computeIfAbsent(who + " (" + status + ")", k -> new ArrayList<>()).addAll(i.citations());
                i.description().ifPresent(d -> perpetratorNotes.add(notes.statement(
                        capitalise(phrases.get("event.perpetratorNote", who, sentence(d))), i.citations())));
            }
        }
        if (!perpetrators.isEmpty()) {
            List<Citation> cited = perpetrators.values().stream().flatMap(List::stream).toList();
            out.add(notes.statement(phrases.get("event.perpetrators", names.list(List.copyOf(perpetrators.keySet()))),
                    cited));
            out.addAll(perpetratorNotes);
        }
        if (!out.isEmpty()) {
            paragraphs.add(new Paragraph(Optional.empty(), out));
        }
        // Steps person by person (in order of each one's first step), each person's steps in date order.
        Map<String, List<Proceeding>> byPerson = new LinkedHashMap<>();
        scope.proceedings(e.id()).stream().sorted(STEP_ORDER)
                .forEach(p -> byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        for (List<Proceeding> steps : byPerson.values()) {
            List<Statement> told = new ArrayList<>();
            for (Proceeding p : ProceedingChronology.order(steps)) {
                told.add(notes.statement(this.steps.sentence(p), p.citations()));
                p.description().ifPresent(d -> told.add(notes.statement(sentence(d), p.citations())));
            }
            paragraphs.add(new Paragraph(Optional.empty(), told));
        }
        return paragraphs;
    }

    /** The order in which people's steps are first met: by date, procedure breaking ties (see ProceedingChronology). */
    static final Comparator<Proceeding> STEP_ORDER = Comparator
            .comparing((Proceeding p) -> p.date().map(d -> d.earliest()).orElse(java.time.LocalDate.MAX))
            .thenComparing(p -> ProceedingChronology.PROCEDURE.indexOf(p.step().kindCode()))
            .thenComparing(Proceeding::id);


    /** The paragraph of an earlier event that explains one of the year. */
    Paragraph background(Event e) {
        List<Statement> out = new ArrayList<>();
        out.add(opening(e));
        e.description().ifPresent(d -> out.add(notes.statement(sentence(d), e.citations())));
        return new Paragraph(Optional.of(phrases.get("event.background", e.title())), out);
    }

    private Statement opening(Event e) {
        // The date is left to the step or act that happened on it, so the entry says it once.
        Optional<PartialDate> when = Scope.firstDate(e).filter(d -> !toldElsewhere(e, d))
                .filter(d -> DateWords.worthSaying(d, scope.year()));
        String where = names.places(e.places());
        String title = lowerFirst(e.title());
        String text;
        if (when.isPresent()) {
            String opener = phrases.dates().opener(when.get());
            text = where.isEmpty() ? phrases.get("event.opening.when", opener, title)
                    : phrases.get("event.opening.whenWhere", opener, where, title);
        } else {
            text = where.isEmpty() ? phrases.get("event.opening.bare", e.title())
                    : phrases.get("event.opening.where", where, title);
        }
        return notes.statement(text, e.citations());
    }

    private boolean toldElsewhere(Event e, PartialDate d) {
        return scope.proceedings(e.id()).stream().anyMatch(p -> p.date().map(d::equals).orElse(false))
                || scope.acts(e.id()).stream().anyMatch(a -> a.start().map(d::equals).orElse(false)
                && a.description().isPresent());
    }

    /** A figure with its qualifier: "At least 15 people were killed." */
    String tally(Tally t) {
        String count = names.count(t.count());
        String unit = t.unit().equals("people") ? phrases.get("unit.people", t.count().value()) : t.unit();
        String first = t.what().split("\\s+")[0].toLowerCase(Locale.ROOT);
        boolean participle = first.endsWith("ed") || first.endsWith("ly");
        String text = participle
                ? phrases.get("tally.passive", count, unit, t.what(), t.count().value())
                : phrases.get("tally.noun", count, t.what());
        return capitalise(text);
    }

    private String act(Act a) {
        String type = phrases.label(VocabularyKind.ACT_TYPE, a.actType());
        List<String> details = new ArrayList<>();
        a.torture().ifPresent(t -> {
            if (!t.methods().isEmpty()) {
                details.add(phrases.get("act.methods", names.list(t.methods().stream()
                        .map(m -> phrases.label(VocabularyKind.TORTURE_METHOD, m).toLowerCase(phrases.locale()))
                        .toList())));
            }
        });
        a.detention().ifPresent(d -> d.placeOfDetention().ifPresent(
                place -> details.add(phrases.get("act.heldIn", place))));
        a.killing().flatMap(k -> k.means()).ifPresent(m -> details.add(phrases.get("act.means", m)));
        String victim = names.of(a.victimId());
        String head = phrases.get("act.head", type, victim);
        String text = details.isEmpty() ? head : head + phrases.get("act.details", String.join("; ", details));
        String described = a.description().map(d -> " " + sentence(d)).orElse("");
        return sentence(text) + described;
    }

    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return capitalise(last == '.' || last == '!' || last == '?' ? t : t + ".");
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-cases the first letter of a title unless it starts a name ("Trial of" → "trial of", "Zhanaozen" stays). */
    static String lowerFirst(String title) {
        if (title.length() < 2) {
            return title;
        }
        String first = title.split("\\s+")[0];
        boolean commonWord = first.length() > 1 && Character.isUpperCase(first.charAt(0))
                && first.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'')
                && COMMON_OPENERS.contains(first.toLowerCase(Locale.ROOT));
        return commonWord ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }

    /** Words a title may start with that are not names, so they lose their capital inside a sentence. */
    private static final java.util.Set<String> COMMON_OPENERS = java.util.Set.of("trial", "arrest", "detention",
            "extradition", "imprisonment", "prosecution", "prosecutors", "courts", "security", "strike", "violent",
            "independent", "prosecutor", "killing", "killings", "torture", "death", "deaths", "closure", "ban",
            "release", "sentencing", "raid", "raids", "attack", "attacks", "protest", "protests", "demonstration",
            "clashes", "disappearance", "eviction", "evictions", "new", "police", "authorities", "law", "the", "a",
            "an", "mass", "unrest", "hunger", "abduction", "shooting", "shootings", "dispersal", "crackdown");
}
