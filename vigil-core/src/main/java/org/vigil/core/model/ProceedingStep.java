package org.vigil.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Optional;

/** What a legal proceeding did: the steps from arrest to release. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProceedingStep.Arrest.class, name = "arrest"),
        @JsonSubTypes.Type(value = ProceedingStep.Charge.class, name = "charge"),
        @JsonSubTypes.Type(value = ProceedingStep.Detention.class, name = "detention"),
        @JsonSubTypes.Type(value = ProceedingStep.Trial.class, name = "trial"),
        @JsonSubTypes.Type(value = ProceedingStep.Verdict.class, name = "verdict"),
        @JsonSubTypes.Type(value = ProceedingStep.Sentence.class, name = "sentence"),
        @JsonSubTypes.Type(value = ProceedingStep.Appeal.class, name = "appeal"),
        @JsonSubTypes.Type(value = ProceedingStep.Release.class, name = "release"),
        @JsonSubTypes.Type(value = ProceedingStep.ExtraditionRequest.class, name = "extradition_request")})
public sealed interface ProceedingStep {

    /** The step's kind as written in data files. */
    default String kindCode() {
        JsonSubTypes types = ProceedingStep.class.getAnnotation(JsonSubTypes.class);
        for (JsonSubTypes.Type t : types.value()) {
            if (t.value() == getClass()) {
                return t.name();
            }
        }
        throw new IllegalStateException(getClass().toString());
    }

    /** Taken into custody. */
    record Arrest(Optional<String> place) implements ProceedingStep {
        /** Normalises absent parts. */
        public Arrest {
            place = Fields.text(place);
        }
    }

    /** Formally accused of offences. */
    record Charge(List<ChargeText> charges) implements ProceedingStep {
        /** Normalises absent parts. */
        public Charge {
            charges = Fields.list(charges);
        }
    }

    /** Held in custody before or outside trial. */
    record Detention(Optional<String> placeOfDetention, boolean incommunicado, boolean unofficialPlace,
                     Optional<Term> heldFor) implements ProceedingStep {
        /** Normalises absent parts. */
        public Detention {
            placeOfDetention = Fields.text(placeOfDetention);
            heldFor = Fields.optional(heldFor);
        }
    }

    /**
     * Tried before a court.
     *
     * @param fairTrialConcerns codes of the fair_trial_concerns vocabulary: the fair-trial checklist
     */
    record Trial(List<String> fairTrialConcerns) implements ProceedingStep {
        /** Normalises absent parts. */
        public Trial {
            fairTrialConcerns = Fields.list(fairTrialConcerns);
        }
    }

    /**
     * The court's decision on guilt.
     *
     * @param outcome {@code convicted}, {@code acquitted} or {@code dismissed}
     * @param charges the charges decided
     */
    record Verdict(String outcome, List<ChargeText> charges) implements ProceedingStep {
        /** Normalises absent parts. */
        public Verdict {
            outcome = Fields.required(outcome);
            charges = Fields.list(charges);
        }
    }

    /**
     * The penalty imposed: an exact term, or a range for a group ("between five and seven years"),
     * life, a fine, confiscation of property, the death penalty.
     */
    record Sentence(Optional<Term> term, Optional<Term> minimum, Optional<Term> maximum, boolean life,
                    Optional<String> fine, boolean confiscation, boolean suspended, boolean death)
            implements ProceedingStep {
        /** Normalises absent parts. */
        public Sentence {
            term = Fields.optional(term);
            minimum = Fields.optional(minimum);
            maximum = Fields.optional(maximum);
            fine = Fields.text(fine);
        }

        /** An exact prison term. */
        public static Sentence of(Term term) {
            return new Sentence(Optional.of(term), Optional.empty(), Optional.empty(), false, Optional.empty(),
                    false, false, false);
        }

        /** The penalty in English: "7 years and 6 months; confiscation of property". */
        public String describe() {
            List<String> parts = new java.util.ArrayList<>();
            term.ifPresent(t -> parts.add(t.toString()));
            if (minimum.isPresent() && maximum.isPresent()) {
                parts.add("between " + minimum.get() + " and " + maximum.get());
            } else {
                minimum.ifPresent(t -> parts.add("at least " + t));
                maximum.ifPresent(t -> parts.add("up to " + t));
            }
            if (life) {
                parts.add("life imprisonment");
            }
            if (death) {
                parts.add("death");
            }
            fine.ifPresent(f -> parts.add("fine of " + f));
            if (confiscation) {
                parts.add("confiscation of property");
            }
            if (suspended) {
                parts.add("suspended");
            }
            return String.join("; ", parts);
        }
    }

    /**
     * A higher court's decision.
     *
     * @param outcome {@code upheld}, {@code overturned}, {@code reduced}, {@code increased} or {@code pending}
     */
    record Appeal(String outcome) implements ProceedingStep {
        /** Normalises absent parts. */
        public Appeal {
            outcome = Fields.required(outcome);
        }
    }

    /**
     * Set free.
     *
     * @param manner {@code conditional}, {@code unconditional}, {@code without_charge}, {@code pardon},
     *               {@code end_of_sentence} or {@code bail}
     */
    record Release(String manner) implements ProceedingStep {
        /** Normalises absent parts. */
        public Release {
            manner = Fields.required(manner);
        }
    }

    /**
     * Another state's request to hand the person over.
     *
     * @param requestingState ISO 3166-1 alpha-2 code of the requesting state
     * @param grounds         the accusation behind the request
     */
    record ExtraditionRequest(String requestingState, Optional<String> grounds) implements ProceedingStep {
        /** Normalises absent parts. */
        public ExtraditionRequest {
            requestingState = Fields.required(requestingState);
            grounds = Fields.text(grounds);
        }
    }
}
