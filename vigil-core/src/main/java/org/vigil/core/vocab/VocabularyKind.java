package org.vigil.core.vocab;

/** The controlled vocabularies the model uses, each stored as {@code <fileName>.tsv}. */
public enum VocabularyKind {
    VIOLATION_CATEGORY("violation_categories"),
    ACT_TYPE("act_types"),
    TORTURE_METHOD("torture_methods"),
    PERPETRATOR_TYPE("perpetrator_types"),
    SOURCE_TYPE("source_types"),
    INTERVENTION_TYPE("intervention_types"),
    ORGANISATION_TYPE("organisation_types"),
    PERSON_DESCRIPTOR("person_descriptors"),
    FAIR_TRIAL_CONCERN("fair_trial_concerns"),
    EVENT_LINK_TYPE("event_link_types"),
    MONITORING_STATUS("monitoring_statuses"),
    CASE_STATUS("case_statuses");

    private final String fileName;

    VocabularyKind(String fileName) {
        this.fileName = fileName;
    }

    /** The file stem, e.g. {@code violation_categories}. */
    public String fileName() {
        return fileName;
    }
}
