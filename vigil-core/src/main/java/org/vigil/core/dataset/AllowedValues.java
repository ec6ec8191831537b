package org.vigil.core.dataset;

import java.util.List;

/** The fixed value sets of fields that are not open vocabularies, in display order. */
public final class AllowedValues {

    /** Person.sex. */
    public static final List<String> SEXES = List.of("female", "male", "other", "unknown");
    /** Involvement.degree. */
    public static final List<String> DEGREES = List.of("direct", "command", "complicit", "unknown");
    /** Involvement.status. */
    public static final List<String> INVOLVEMENT_STATUSES = List.of("alleged", "charged", "convicted", "acquitted",
            "unknown");
    /** Verdict.outcome. */
    public static final List<String> VERDICTS = List.of("convicted", "acquitted", "dismissed");
    /** Appeal.outcome. */
    public static final List<String> APPEALS = List.of("upheld", "overturned", "reduced", "increased", "pending",
            "rejected");
    /** Release.manner. */
    public static final List<String> RELEASES = List.of("conditional", "unconditional", "without_charge", "pardon",
            "end_of_sentence", "bail", "unknown");
    /** Tally.unit. */
    public static final List<String> TALLY_UNITS = List.of("people", "organisations", "events");

    private AllowedValues() {
    }
}
