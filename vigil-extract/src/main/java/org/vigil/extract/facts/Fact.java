package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;

/** A draft fact read from a report, with the input spans it was read from. */
public sealed interface Fact permits PersonFact, GroupFact, OrganisationFact, PlaceFact, CountFact, SentenceFact,
        ChargeFact, CategoryFact, TortureMethodFact, FairTrialFact, DatedEventFact {

    /** A stable identifier within one extraction ("person-2"): the same input gives the same ids. */
    String id();

    /** Character spans of the input that support the fact, in input order. */
    List<TextSpan> evidence();
}
