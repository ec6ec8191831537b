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
