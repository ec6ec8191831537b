package org.vigil.app.web.view;

import org.vigil.app.web.Casebook;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Proceeding;

import java.util.List;

/**
 * What an event's page shows beyond the record's plain fields, in plain text ("" where the records say nothing).
 *
 * @param when   the start date in words, or "date not stated"
 * @param end    the end date in words
 * @param places each place as "name, region"
 */
public record EventView(String when, String end, List<String> places, String description, List<ActView> acts,
                        List<ProceedingRow> proceedings, List<InterventionRow> interventions,
                        List<CitationRow> citations) {

    /**
     * An act of the event.
     *
     * @param torture whether the act records torture (the page lists its methods, perhaps none)
     * @param heldIn  "Held in …", with ", incommunicado" when so, or ""
     * @param means   "Means: …", or ""
     */
    public record ActView(Act act, String when, String description, boolean torture, List<String> methods,
                          String heldIn, String means, List<PerpetratorRow> perpetrators) {
    }

    /** A perpetrator's involvement in an act. */
    public record PerpetratorRow(Involvement involvement, String description) {
    }

    /**
     * A legal step about the event.
     *
     * @param authority the authority's name, or ""
     */
    public record ProceedingRow(Proceeding proceeding, String date, String authority) {
    }

    /** An intervention about the event. */
    public record InterventionRow(Intervention intervention, String date, String description, String response) {
    }

    /** A source the event cites, with the citation's note. */
    public record CitationRow(String sourceId, String note) {
    }

    /** The view of an event from the records around it. */
    public static EventView of(Event event, Casebook book) {
        return new EventView(
                event.start().map(d -> d.toEnglish()).orElse("date not stated"),
                Plain.date(event.end()),
                event.places().stream().map(p -> p.name() + p.region().map(r -> ", " + r).orElse("")).toList(),
                Plain.text(event.description()),
                book.actsOf(event).stream().map(a -> act(a, book)).toList(),
                book.proceedingsOf(event).stream().map(p -> new ProceedingRow(p, Plain.date(p.date()),
                        p.authorityId().map(id -> book.ref(id).label()).orElse(""))).toList(),
                book.interventionsAbout(event.id()).stream().map(i -> new InterventionRow(i, Plain.date(i.date()),
                        Plain.text(i.description()), Plain.text(i.response()))).toList(),
                event.citations().stream().map(c -> new CitationRow(c.sourceId(), Plain.text(c.note()))).toList());
    }

    private static ActView act(Act a, Casebook book) {
        String heldIn = a.detention().flatMap(d -> d.placeOfDetention()
                .map(place -> "Held in " + place + (d.incommunicado() ? ", incommunicado" : ""))).orElse("");
        String means = a.killing().flatMap(k -> k.means()).map(m -> "Means: " + m).orElse("");
        return new ActView(a, Plain.date(a.start()), Plain.text(a.description()), a.torture().isPresent(),
                a.torture().map(t -> t.methods()).orElse(List.of()), heldIn, means,
                book.involvementsOf(a).stream().map(i -> new PerpetratorRow(i, Plain.text(i.description()))).toList());
    }
}
