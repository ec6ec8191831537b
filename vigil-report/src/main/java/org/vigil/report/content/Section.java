package org.vigil.report.content;

import java.util.List;

/**
 * A thematic section: one violation category, or a fixed part such as the interventions.
 *
 * @param code the category code, or the part's code ("interventions")
 * @param title the heading
 * @param weight how grave the section's material is (sections are ordered by it); 0 for fixed parts
 * @param paragraphs the text
 */
public record Section(String code, String title, double weight, List<Paragraph> paragraphs) {
    /** Copies the paragraphs. */
    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
