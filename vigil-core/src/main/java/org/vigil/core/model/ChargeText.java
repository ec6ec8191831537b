package org.vigil.core.model;

import java.util.Optional;

/**
 * One criminal charge as stated.
 *
 * @param text         the offence in words, as quoted ("inciting social discord")
 * @param legalArticle the article of law, when known ("Criminal Code art. 164(1)")
 */
public record ChargeText(String text, Optional<String> legalArticle) {

    /** Normalises absent parts. */
    public ChargeText {
        text = Fields.required(text);
        legalArticle = Fields.text(legalArticle);
    }

    /** A charge known only by its words. */
    public static ChargeText of(String text) {
        return new ChargeText(text, Optional.empty());
    }
}
