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

    /** A builder for a source with this id and nothing else known yet. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** A builder holding this record's fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.title = title;
        b.author = author;
        b.date = date;
        b.language = language;
        b.reliability = reliability;
        b.url = url;
        b.text = text;
        b.confidentiality = confidentiality;
        b.citations = citations;
        return b;
    }

    /** Builds a source field by field; absent fields take the canonical constructor's defaults. */
    public static final class Builder {
        private String id;
        private String kind;
        private String title;
        private Optional<String> author;
        private Optional<PartialDate> date;
        private Optional<String> language;
        private Reliability reliability;
        private Optional<String> url;
        private Optional<String> text;
        private Confidentiality confidentiality;
        private List<Citation> citations;

        private Builder() {
        }

        /** Sets id. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets kind. */
        public Builder kind(String value) {
            this.kind = value;
            return this;
        }

        /** Sets title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets author. */
        public Builder author(Optional<String> value) {
            this.author = value;
            return this;
        }

        /** Sets author to a known value. */
        public Builder author(String value) {
            this.author = Optional.ofNullable(value);
            return this;
        }

        /** Sets date. */
        public Builder date(Optional<PartialDate> value) {
            this.date = value;
            return this;
        }

        /** Sets date to a known value. */
        public Builder date(PartialDate value) {
            this.date = Optional.ofNullable(value);
            return this;
        }

        /** Sets language. */
        public Builder language(Optional<String> value) {
            this.language = value;
            return this;
        }

        /** Sets language to a known value. */
        public Builder language(String value) {
            this.language = Optional.ofNullable(value);
            return this;
        }

        /** Sets reliability. */
        public Builder reliability(Reliability value) {
            this.reliability = value;
            return this;
        }

        /** Sets url. */
        public Builder url(Optional<String> value) {
            this.url = value;
            return this;
        }

        /** Sets url to a known value. */
        public Builder url(String value) {
            this.url = Optional.ofNullable(value);
            return this;
        }

        /** Sets text. */
        public Builder text(Optional<String> value) {
            this.text = value;
            return this;
        }

        /** Sets text to a known value. */
        public Builder text(String value) {
            this.text = Optional.ofNullable(value);
            return this;
        }

        /** Sets confidentiality. */
        public Builder confidentiality(Confidentiality value) {
            this.confidentiality = value;
            return this;
        }

        /** Sets citations. */
        public Builder citations(List<Citation> value) {
            this.citations = value;
            return this;
        }

        /** Sets citations. */
        public Builder citations(Citation... values) {
            this.citations = List.of(values);
            return this;
        }

        /** The record. */
        public Source build() {
            return new Source(id, kind, title, author, date, language, reliability, url, text, confidentiality, citations);
        }
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
