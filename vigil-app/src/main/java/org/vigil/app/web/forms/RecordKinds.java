package org.vigil.app.web.forms;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.RecordType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What each kind of record and each legal step is called on the pages, and what it is for. */
public final class RecordKinds {

    /** The order in which a case is usually recorded: the source first, then what it tells. */
    public static final List<RecordType> ORDER = List.of(RecordType.SOURCE, RecordType.EVENT, RecordType.PERSON,
            RecordType.ORGANISATION, RecordType.ACT, RecordType.INVOLVEMENT, RecordType.PROCEEDING,
            RecordType.INTERVENTION, RecordType.EVENT_LINK, RecordType.CASE);

    private static final Map<String, String> STEP_PURPOSES = Map.of(
            "arrest", "Taken into custody.",
            "charge", "Formally accused of offences.",
            "detention", "Held in custody before or outside a trial.",
            "trial", "Tried before a court, with any fair-trial concerns.",
            "verdict", "The court's decision on guilt.",
            "sentence", "The penalty imposed.",
            "appeal", "A higher court's decision.",
            "release", "Set free, and how.",
            "extradition_request", "Another state's request to hand the person over.");

    private RecordKinds() {
    }

    /** The name of a kind of record: "Source", "Legal proceeding". */
    public static String label(RecordType type) {
        return switch (type) {
            case INVOLVEMENT -> "Involvement (who did it)";
            case PROCEEDING -> "Legal proceeding";
            case CASE -> "Monitored case";
            case EVENT, ACT, PERSON, ORGANISATION, INTERVENTION, SOURCE, EVENT_LINK -> type.label();
        };
    }

    /** One line saying what a kind of record is for. */
    public static String purpose(RecordType type) {
        return switch (type) {
            case SOURCE -> "A document, testimony, news report or other source the facts are taken from.";
            case EVENT -> "Something that happened at a time and place: a raid, a protest, a death in custody.";
            case PERSON -> "A victim, witness or perpetrator: an individual, or a group of people.";
            case ORGANISATION -> "A police unit, court, prosecutor's office, ministry or other body.";
            case ACT -> "One thing done to one victim in an event: an arrest, torture, a killing.";
            case INVOLVEMENT -> "Which person or organisation carried out an act, and how directly.";
            case PROCEEDING -> "One legal step against a person: arrest, charge, trial, sentence, appeal.";
            case INTERVENTION -> "Something done about a case: an urgent appeal, a letter, a visit.";
            case EVENT_LINK -> "How two events are connected: one caused or followed the other.";
            case CASE -> "A person whose situation you follow over time, with the dates coming up.";
        };
    }

    /** The kinds of legal step, in the order a case goes through them. */
    public static List<String> steps() {
        return Arrays.stream(ProceedingStep.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).toList();
    }

    /** The name of a kind of step: "Extradition request". */
    public static String stepLabel(String code) {
        String s = code.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One line saying what a kind of step is. */
    public static String stepPurpose(String code) {
        return STEP_PURPOSES.getOrDefault(code, "");
    }
}
