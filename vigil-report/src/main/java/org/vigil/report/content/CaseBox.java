package org.vigil.report.content;

import java.util.List;

/**
 * A box on an individual under monitoring: who, where the case stands, and the steps of the proceedings.
 *
 * @param name the name the report uses (a pseudonym for an anonymous person)
 * @param otherNames spellings in other scripts, e.g. Cyrillic
 * @param description who the person is
 * @param status where the case stands
 * @param timeline the dated steps, oldest first
 */
public record CaseBox(String name, List<String> otherNames, String description, String status,
                      List<Statement> timeline) {
    /** Copies the lists. */
    public CaseBox {
        otherNames = List.copyOf(otherNames);
        timeline = List.copyOf(timeline);
    }
}
