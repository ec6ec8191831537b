package org.vigil.extract.review;

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
import org.vigil.extract.internal.records.RecordDrafter;
import org.vigil.extract.internal.review.Corrections;
import org.vigil.extract.records.DraftRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The review step between extraction and storage: a researcher accepts, edits or rejects each fact; only
 * accepted and edited facts become records. A fact with no decision is not stored either, so nothing
 * reaches the data set that a person has not looked at, and a rejected fact leaves nothing behind. A corrected
 * name is carried into every kept fact that refers to it by name.
 */
public final class FactReview {

    private FactReview() {
    }

    /**
     * The extraction reduced to the facts kept by the decisions.
     *
     * @throws IllegalArgumentException when a decision names an unknown fact or an edit changes id or type
     */
    public static Extraction apply(Extraction extraction, Map<String, ReviewDecision> decisions) {
        Facts f = extraction.facts();
        for (String id : decisions.keySet()) {
            if (f.byId(id).isEmpty()) {
                throw new IllegalArgumentException("decision for fact '" + id + "', which this extraction does not have");
            }
        }
        Map<String, Fact> originals = new java.util.HashMap<>();
        f.all().forEach(fact -> originals.put(fact.id(), fact));
        Corrections c = Corrections.of(originals, decisions);
        Facts kept = new Facts(keep(f.persons(), decisions, PersonFact.class, c),
                keep(f.groups(), decisions, GroupFact.class, c),
                keep(f.organisations(), decisions, OrganisationFact.class, c),
                keep(f.places(), decisions, PlaceFact.class, c),
                keep(f.counts(), decisions, CountFact.class, c), keep(f.sentences(), decisions, SentenceFact.class, c),
                keep(f.charges(), decisions, ChargeFact.class, c),
                keep(f.violationCategories(), decisions, CategoryFact.class, c),
                keep(f.tortureMethods(), decisions, TortureMethodFact.class, c),
                keep(f.fairTrialConcerns(), decisions, FairTrialFact.class, c),
                keep(f.datedEvents(), decisions, DatedEventFact.class, c));
        return new Extraction(extraction.source(), extraction.format(), extraction.years(), kept, extraction.text(),
                extraction.provenance());
    }

    /** Applies the decisions and drafts records from what is kept. */
    public static DraftRecords records(Extraction extraction, String text, Map<String, ReviewDecision> decisions) {
        return RecordDrafter.draft(apply(extraction, decisions), text);
    }

    private static <T extends Fact> List<T> keep(List<T> facts, Map<String, ReviewDecision> decisions, Class<T> type,
                                                 Corrections corrections) {
        List<T> kept = new ArrayList<>();
        for (T fact : facts) {
            ReviewDecision d = decisions.get(fact.id());
            if (d instanceof ReviewDecision.Accept) {
                kept.add(corrections.carry(fact));
            } else if (d instanceof ReviewDecision.Edit edit) {
                Fact corrected = edit.corrected();
                if (!type.isInstance(corrected) || !corrected.id().equals(fact.id())) {
                    throw new IllegalArgumentException("edit of fact '" + fact.id() + "' must keep its id and type ("
                            + type.getSimpleName() + "); got " + corrected.getClass().getSimpleName() + " '"
                            + corrected.id() + "'");
                }
                kept.add(corrections.carry(type.cast(corrected)));
            }
        }
        return kept;
    }
}
