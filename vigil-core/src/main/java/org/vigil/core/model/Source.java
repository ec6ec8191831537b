package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * Where information comes from: a document, a testimony or a list (HURIDOCS "information").
 *
 * @param id              identifier
 * @param kind            code of the source_types vocabulary
 * @param title           title or short description
 * @param author          author or organisation
 * @param date            date of publication or of the testimony
 * @param language        BCP 47 tag ({@code en}, {@code ru}, {@code kk})
 * @param reliability     the researcher's assessment
 * @param url             where it can be found, if public
 * @param text            the text that citations' spans point into
 * @param confidentiality who may see it; testimony is usually restricted
 * @param citations       sources this one relies on
 */
public record Source(String id, String kind, String title, Optional<String> author, Optional<PartialDate> date,
                     Optional<String> language, Reliability reliability, Optional<String> url,
                     Optional<String> text, Confidentiality confidentiality,
                     List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Source {
        id = Fields.required(id);
        kind = Fields.required(kind);
        title = Fields.required(title);
        author = Fields.text(author);
        date = Fields.optional(date);
        language = Fields.text(language);
        reliability = reliability == null ? Reliability.UNKNOWN : reliability;
        url = Fields.text(url);
        text = Fields.text(text);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    /** This source with another text (empty to leave it out). */
    public Source withText(Optional<String> newText) {
        return new Source(id, kind, title, author, date, language, reliability, url, newText, confidentiality,
                citations);
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return date();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return Optional.empty();
    }
}
