package org.vigil.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** All the facts read from one report, by type, each list in order of first mention. */
public record Facts(List<PersonFact> persons, List<GroupFact> groups, List<OrganisationFact> organisations,
                    List<PlaceFact> places, List<CountFact> counts, List<SentenceFact> sentences,
                    List<ChargeFact> charges, List<CategoryFact> violationCategories,
                    List<TortureMethodFact> tortureMethods, List<FairTrialFact> fairTrialConcerns,
                    List<DatedEventFact> datedEvents) {

    /** Copies lists. */
    public Facts {
        persons = List.copyOf(persons);
        groups = List.copyOf(groups);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        counts = List.copyOf(counts);
        sentences = List.copyOf(sentences);
        charges = List.copyOf(charges);
        violationCategories = List.copyOf(violationCategories);
        tortureMethods = List.copyOf(tortureMethods);
        fairTrialConcerns = List.copyOf(fairTrialConcerns);
        datedEvents = List.copyOf(datedEvents);
    }

    /** Every fact, type by type. */
    public List<Fact> all() {
        List<Fact> all = new ArrayList<>();
        all.addAll(persons);
        all.addAll(groups);
        all.addAll(organisations);
        all.addAll(places);
        all.addAll(counts);
        all.addAll(sentences);
        all.addAll(charges);
        all.addAll(violationCategories);
        all.addAll(tortureMethods);
        all.addAll(fairTrialConcerns);
        all.addAll(datedEvents);
        return all;
    }

    /** The fact with this id. */
    public Optional<Fact> byId(String id) {
        return all().stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
