package org.vigil.report.content;

import java.util.List;
import java.util.Optional;

/**
 * A paragraph: an optional heading (the event it tells) and its sentences.
 *
 * @param heading the paragraph's heading, if it has one
 * @param statements the sentences
 */
public record Paragraph(Optional<String> heading, List<Statement> statements) {
    /** Copies the sentences. */
    public Paragraph {
        statements = List.copyOf(statements);
    }
}
