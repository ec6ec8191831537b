package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * One thing done to one victim (a person or a group) within an event (HURIDOCS "act").
 *
 * @param id              identifier
 * @param eventId         the event it belongs to
 * @param victimId        the person or group it was done to
 * @param actType         code of the act_types vocabulary
 * @param start           when it began
 * @param end             when it ended
 * @param place           where
 * @param description     narrative
 * @param detention       detention details, for detentions
 * @param torture         torture details, for torture and ill-treatment
 * @param killing         means, for killings and injuries
 * @param confidentiality who may see it
 * @param citations       supporting sources
 */
public record Act(String id, String eventId, String victimId, String actType, Optional<PartialDate> start,
                  Optional<PartialDate> end, Optional<Place> place, Optional<String> description,
                  Optional<DetentionDetails> detention, Optional<TortureDetails> torture,
                  Optional<KillingDetails> killing, Confidentiality confidentiality,
                  List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Act {
        id = Fields.required(id);
        eventId = Fields.required(eventId);
        victimId = Fields.required(victimId);
        actType = Fields.required(actType);
        start = Fields.optional(start);
        end = Fields.optional(end);
        place = Fields.optional(place);
        description = Fields.text(description);
        detention = Fields.optional(detention);
        torture = Fields.optional(torture);
        killing = Fields.optional(killing);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    /** A builder for an act with this id and nothing else known yet. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** A builder holding this record's fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.eventId = eventId;
        b.victimId = victimId;
        b.actType = actType;
        b.start = start;
        b.end = end;
        b.place = place;
        b.description = description;
        b.detention = detention;
        b.torture = torture;
        b.killing = killing;
        b.confidentiality = confidentiality;
        b.citations = citations;
        return b;
    }

    /** Builds an act field by field; absent fields take the canonical constructor's defaults. */
    public static final class Builder {
        private String id;
        private String eventId;
        private String victimId;
        private String actType;
        private Optional<PartialDate> start;
        private Optional<PartialDate> end;
        private Optional<Place> place;
        private Optional<String> description;
        private Optional<DetentionDetails> detention;
        private Optional<TortureDetails> torture;
        private Optional<KillingDetails> killing;
        private Confidentiality confidentiality;
        private List<Citation> citations;

        private Builder() {
        }

        /** Sets id. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets eventId. */
        public Builder eventId(String value) {
            this.eventId = value;
            return this;
        }

        /** Sets victimId. */
        public Builder victimId(String value) {
            this.victimId = value;
            return this;
        }

        /** Sets actType. */
        public Builder actType(String value) {
            this.actType = value;
            return this;
        }

        /** Sets start. */
        public Builder start(Optional<PartialDate> value) {
            this.start = value;
            return this;
        }

        /** Sets start to a known value. */
        public Builder start(PartialDate value) {
            this.start = Optional.ofNullable(value);
            return this;
        }

        /** Sets end. */
        public Builder end(Optional<PartialDate> value) {
            this.end = value;
            return this;
        }

        /** Sets end to a known value. */
        public Builder end(PartialDate value) {
            this.end = Optional.ofNullable(value);
            return this;
        }

        /** Sets place. */
        public Builder place(Optional<Place> value) {
            this.place = value;
            return this;
        }

        /** Sets place to a known value. */
        public Builder place(Place value) {
            this.place = Optional.ofNullable(value);
            return this;
        }

        /** Sets description. */
        public Builder description(Optional<String> value) {
            this.description = value;
            return this;
        }

        /** Sets description to a known value. */
        public Builder description(String value) {
            this.description = Optional.ofNullable(value);
            return this;
        }

        /** Sets detention. */
        public Builder detention(Optional<DetentionDetails> value) {
            this.detention = value;
            return this;
        }

        /** Sets detention to a known value. */
        public Builder detention(DetentionDetails value) {
            this.detention = Optional.ofNullable(value);
            return this;
        }

        /** Sets torture. */
        public Builder torture(Optional<TortureDetails> value) {
            this.torture = value;
            return this;
        }

        /** Sets torture to a known value. */
        public Builder torture(TortureDetails value) {
            this.torture = Optional.ofNullable(value);
            return this;
        }

        /** Sets killing. */
        public Builder killing(Optional<KillingDetails> value) {
            this.killing = value;
            return this;
        }

        /** Sets killing to a known value. */
        public Builder killing(KillingDetails value) {
            this.killing = Optional.ofNullable(value);
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

        /** The record. */
        public Act build() {
            return new Act(id, eventId, victimId, actType, start, end, place, description, detention, torture, killing, confidentiality, citations);
        }
    }

    @Override
    public String label() {
        return actType.replace('_', ' ') + " (" + victimId + ")";
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return start();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return end();
    }
}
