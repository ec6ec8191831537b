package org.vigil.app.web.view;

import org.vigil.app.web.Casebook;
import org.vigil.core.model.Act;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Proceeding;

import java.util.List;

/** What an organisation's page lists: the acts it is involved in and the legal steps it took. */
public record OrganisationView(List<Perpetrated> perpetrated, List<StepTaken> steps) {

    /**
     * An involvement of the organisation as perpetrator.
     *
     * @param act the act, or null when the reader may not see it (the page then names only the status)
     */
    public record Perpetrated(Involvement involvement, Act act) {
    }

    /**
     * A legal step the organisation took.
     *
     * @param date the step's date in words, or ""
     */
    public record StepTaken(Proceeding proceeding, String date) {
    }

    /** The view of an organisation from the records around it. */
    public static OrganisationView of(String organisationId, Casebook book) {
        return new OrganisationView(
                book.involvementsBy(organisationId).stream()
                        .map(i -> new Perpetrated(i, book.act(i.actId()).orElse(null))).toList(),
                book.proceedingsBy(organisationId).stream()
                        .map(p -> new StepTaken(p, Plain.date(p.date()))).toList());
    }
}
