package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A perpetrator's part in an act (HURIDOCS "involvement").
 *
 * @param id              identifier
 * @param actId           the act
 * @param perpetratorId   a person or an organisation
 * @param perpetratorType code of the perpetrator_types vocabulary
 * @param degree          {@code direct}, {@code command}, {@code complicit} or {@code unknown}
 * @param status          what is established: {@code alleged}, {@code charged}, {@code convicted}, {@code acquitted}
 * @param description     narrative
 * @param confidentiality who may see it
 * @param citations       supporting sources
 */
public record Involvement(String id, String actId, String perpetratorId, String perpetratorType, String degree,
                          String status, Optional<String> description, Confidentiality confidentiality,
                          List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Involvement {
        id = Fields.required(id);
        actId = Fields.required(actId);
        perpetratorId = Fields.required(perpetratorId);
        perpetratorType = perpetratorType == null || perpetratorType.isBlank() ? "unknown" : perpetratorType;
        degree = degree == null || degree.isBlank() ? "unknown" : degree;
        status = status == null || status.isBlank() ? "alleged" : status;
        description = Fields.text(description);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    @Override
    public String label() {
        return perpetratorId + " in " + actId;
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return Optional.empty();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return Optional.empty();
    }
}
