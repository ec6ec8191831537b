package org.vigil.store.search;

import org.vigil.core.model.Anonymity;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Small records for search tests, built with only the fields a test cares about. */
final class SampleRecords {

    private SampleRecords() {
    }

    static Person person(String id, Confidentiality level, String... names) {
        return Person.builder(id).kind(PersonKind.INDIVIDUAL).names(Arrays.stream(names).map(PersonName::of).toList())
                .nationality("KZ").descriptors("detainee").confidentiality(level).build();
    }

    static Person person(String id, String... names) {
        return person(id, Confidentiality.PUBLIC, names);
    }

    static Person anonymous(String id, String pseudonym, String realIdentity, String contact, String... names) {
        return Person.builder(id).kind(PersonKind.INDIVIDUAL).names(Arrays.stream(names).map(PersonName::of).toList())
                .sex("female").birthDate(PartialDate.ofYear(1970)).nationality("KZ").occupation("oil worker")
                .descriptors("witness").anonymity(new Anonymity(pseudonym, Optional.of(realIdentity))).contact(contact)
                .confidentiality(Confidentiality.RESTRICTED).build();
    }

    static Person withContact(Person p, String contact) {
        return p.toBuilder().contact(contact).build();
    }

    static Event event(String id, String title, Confidentiality level, List<String> categories, List<String> places,
                       Optional<PartialDate> start, Optional<PartialDate> end) {
        return new Event(id, title, Optional.of("Events described for " + title), places.stream()
                .map(p -> Place.of(p, "KZ")).toList(), start, end, categories, List.of(), "open", level, List.of());
    }

    static Event event(String id, String title, String category, String place, PartialDate date) {
        return event(id, title, Confidentiality.PUBLIC, List.of(category), List.of(place), Optional.of(date),
                Optional.empty());
    }

    static Event event(String id, String title, Confidentiality level) {
        return event(id, title, level, List.of("torture"), List.of("Aktau"), Optional.of(PartialDate.ofYear(2012)),
                Optional.empty());
    }

    static Source source(String id, String title, Confidentiality level, String text) {
        return new Source(id, "testimony", title, Optional.of("Vigil researcher"), Optional.of(PartialDate.ofYear(2012)),
                Optional.of("ru"), Reliability.HIGH, Optional.empty(), Optional.of(text), level, List.of());
    }

    static Organisation organisation(String id, String name, String... otherNames) {
        return new Organisation(id, name, List.of(otherNames), "security_service", Optional.of("KZ"), Optional.empty(),
                Confidentiality.PUBLIC, List.of());
    }
}
