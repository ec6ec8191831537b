package org.vigil.core.model;

import org.vigil.core.count.Count;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A victim, perpetrator, witness or other person, or a group recorded as one (HURIDOCS "person").
 *
 * @param id               identifier
 * @param kind             individual or group
 * @param names            the ways the name is written, first the preferred one
 * @param groupDescription for a group: who they are ("defendants tried in Aktau")
 * @param groupSize        for a group: how many
 * @param sex              {@code female}, {@code male}, {@code other} or {@code unknown}
 * @param birthDate        as precisely as known
 * @param nationality      ISO 3166-1 alpha-2 code
 * @param occupation       in words
 * @param descriptors      codes of the person_descriptors vocabulary (detainee, lawyer, …)
 * @param affiliationIds   organisations the person belongs to
 * @param deceased         known to have died
 * @param anonymity        pseudonym, for people who must not be named
 * @param contact          how to reach the person; a sensitive field
 * @param confidentiality  who may see the record
 * @param citations        supporting sources
 */
public record Person(String id, PersonKind kind, List<PersonName> names, Optional<String> groupDescription,
                     Optional<Count> groupSize, String sex, Optional<PartialDate> birthDate,
                     Optional<String> nationality, Optional<String> occupation, List<String> descriptors,
                     List<String> affiliationIds, boolean deceased, Optional<Anonymity> anonymity,
                     Optional<String> contact, Confidentiality confidentiality,
                     List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Person {
        id = Fields.required(id);
        kind = kind == null ? PersonKind.INDIVIDUAL : kind;
        names = Fields.list(names);
        groupDescription = Fields.text(groupDescription);
        groupSize = Fields.optional(groupSize);
        sex = sex == null || sex.isBlank() ? "unknown" : sex;
        birthDate = Fields.optional(birthDate);
        nationality = Fields.text(nationality);
        occupation = Fields.text(occupation);
        descriptors = Fields.list(descriptors);
        affiliationIds = Fields.list(affiliationIds);
        anonymity = Fields.optional(anonymity);
        contact = Fields.text(contact);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    /** The name to show: the pseudonym for an anonymous person, else the first name, else the group description. */
    @Override
    public String label() {
        if (anonymity.isPresent()) {
            return anonymity.get().pseudonym();
        }
        if (!names.isEmpty()) {
            return names.get(0).value();
        }
        String size = groupSize.map(c -> c + " ").orElse("");
        return size + groupDescription.orElse(id);
    }
}
