package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;

/**
 * A method of torture or ill-treatment the report describes.
 *
 * @param id       identifier
 * @param code     torture_methods code ({@code asphyxiation})
 * @param text     the report's words ("put a plastic bag over her head")
 * @param evidence where
 */
public record TortureMethodFact(String id, String code, String text, List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public TortureMethodFact {
        evidence = List.copyOf(evidence);
    }
}
