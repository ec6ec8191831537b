package org.vigil.app.web.view;

import org.vigil.core.time.PartialDate;

import java.util.Optional;

/** The optional parts of a record as the plain text a template shows: "" where the record says nothing. */
final class Plain {

    private Plain() {
    }

    /** A date in words ("March 2012"), or "". */
    static String date(Optional<PartialDate> date) {
        return date.map(PartialDate::toEnglish).orElse("");
    }

    /** A value as text, or "". */
    static String text(Optional<?> value) {
        return value.map(String::valueOf).orElse("");
    }
}
