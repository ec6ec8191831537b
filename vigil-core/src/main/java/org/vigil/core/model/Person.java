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

    /** A builder for a person with this id and nothing else known yet. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** A builder holding this person's fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.names = names;
        b.groupDescription = groupDescription;
        b.groupSize = groupSize;
        b.sex = sex;
        b.birthDate = birthDate;
        b.nationality = nationality;
        b.occupation = occupation;
        b.descriptors = descriptors;
        b.affiliationIds = affiliationIds;
        b.deceased = deceased;
        b.anonymity = anonymity;
        b.contact = contact;
        b.confidentiality = confidentiality;
        b.citations = citations;
        return b;
    }

    /** Builds a person field by field; absent fields take the canonical constructor's defaults. */
    public static final class Builder {
        private String id;
        private PersonKind kind;
        private List<PersonName> names;
        private Optional<String> groupDescription;
        private Optional<Count> groupSize;
        private String sex;
        private Optional<PartialDate> birthDate;
        private Optional<String> nationality;
        private Optional<String> occupation;
        private List<String> descriptors;
        private List<String> affiliationIds;
        private boolean deceased;
        private Optional<Anonymity> anonymity;
        private Optional<String> contact;
        private Confidentiality confidentiality;
        private List<Citation> citations;

        private Builder() {
        }

        /** Sets id. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets kind. */
        public Builder kind(PersonKind value) {
            this.kind = value;
            return this;
        }

        /** Sets names. */
        public Builder names(List<PersonName> value) {
            this.names = value;
            return this;
        }

        /** Sets names. */
        public Builder names(PersonName... values) {
            this.names = List.of(values);
            return this;
        }

        /** Sets groupDescription. */
        public Builder groupDescription(Optional<String> value) {
            this.groupDescription = value;
            return this;
        }

        /** Sets groupDescription to a known value. */
        public Builder groupDescription(String value) {
            this.groupDescription = Optional.ofNullable(value);
            return this;
        }

        /** Sets groupSize. */
        public Builder groupSize(Optional<Count> value) {
            this.groupSize = value;
            return this;
        }

        /** Sets groupSize to a known value. */
        public Builder groupSize(Count value) {
            this.groupSize = Optional.ofNullable(value);
            return this;
        }

        /** Sets sex. */
        public Builder sex(String value) {
            this.sex = value;
            return this;
        }

        /** Sets birthDate. */
        public Builder birthDate(Optional<PartialDate> value) {
            this.birthDate = value;
            return this;
        }

        /** Sets birthDate to a known value. */
        public Builder birthDate(PartialDate value) {
            this.birthDate = Optional.ofNullable(value);
            return this;
        }

        /** Sets nationality. */
        public Builder nationality(Optional<String> value) {
            this.nationality = value;
            return this;
        }

        /** Sets nationality to a known value. */
        public Builder nationality(String value) {
            this.nationality = Optional.ofNullable(value);
            return this;
        }

        /** Sets occupation. */
        public Builder occupation(Optional<String> value) {
            this.occupation = value;
            return this;
        }

        /** Sets occupation to a known value. */
        public Builder occupation(String value) {
            this.occupation = Optional.ofNullable(value);
            return this;
        }

        /** Sets descriptors. */
        public Builder descriptors(List<String> value) {
            this.descriptors = value;
            return this;
        }

        /** Sets descriptors. */
        public Builder descriptors(String... values) {
            this.descriptors = List.of(values);
            return this;
        }

        /** Sets affiliationIds. */
        public Builder affiliationIds(List<String> value) {
            this.affiliationIds = value;
            return this;
        }

        /** Sets affiliationIds. */
        public Builder affiliationIds(String... values) {
            this.affiliationIds = List.of(values);
            return this;
        }

        /** Sets deceased. */
        public Builder deceased(boolean value) {
            this.deceased = value;
            return this;
        }

        /** Sets anonymity. */
        public Builder anonymity(Optional<Anonymity> value) {
            this.anonymity = value;
            return this;
        }

        /** Sets anonymity to a known value. */
        public Builder anonymity(Anonymity value) {
            this.anonymity = Optional.ofNullable(value);
            return this;
        }

        /** Sets contact. */
        public Builder contact(Optional<String> value) {
            this.contact = value;
            return this;
        }

        /** Sets contact to a known value. */
        public Builder contact(String value) {
            this.contact = Optional.ofNullable(value);
            return this;
        }

        /** Sets confidentiality. */
        public Builder confidentiality(Confidentiality value) {
            this.confidentiality = value;
            return this;
        }

        /** Sets citations. */
        public Builder citations(List<Citation> value) {
            this.citations = value;
            return this;
        }

        /** Sets citations. */
        public Builder citations(Citation... values) {
            this.citations = List.of(values);
            return this;
        }

        /** The person. */
        public Person build() {
            return new Person(id, kind, names, groupDescription, groupSize, sex, birthDate, nationality, occupation, descriptors, affiliationIds, deceased, anonymity, contact, confidentiality, citations);
        }
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return birthDate();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return Optional.empty();
    }
}
