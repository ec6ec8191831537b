package org.vigil.extract;

import java.util.Optional;

/**
 * How to read a report.
 *
 * @param eventsYear  the year under review, anchoring phrases without a year ("in March"); empty to infer it
 * @param reportYear  the publication year; empty to infer it (see {@link org.vigil.extract.dates.ReportYears})
 * @param includeText whether the result carries the plain text the evidence offsets point into
 */
public record ExtractionSettings(Optional<Integer> eventsYear, Optional<Integer> reportYear, boolean includeText) {

    /** Normalises absent parts and rejects impossible years. */
    public ExtractionSettings {
        eventsYear = eventsYear == null ? Optional.empty() : eventsYear;
        reportYear = reportYear == null ? Optional.empty() : reportYear;
        for (Optional<Integer> y : java.util.List.of(eventsYear, reportYear)) {
            if (y.isPresent() && (y.get() < 1000 || y.get() > 9999)) {
                throw new IllegalArgumentException("year " + y.get() + " is out of range: give four digits, e.g. 2012");
            }
        }
    }

    /** Infer both years; no text in the result. */
    public static ExtractionSettings defaults() {
        return new ExtractionSettings(Optional.empty(), Optional.empty(), false);
    }

    /** The same settings with a fixed events year. */
    public ExtractionSettings withEventsYear(int year) {
        return new ExtractionSettings(Optional.of(year), reportYear, includeText);
    }

    /** The same settings with a fixed report year. */
    public ExtractionSettings withReportYear(int year) {
        return new ExtractionSettings(eventsYear, Optional.of(year), includeText);
    }

    /** The same settings, including the text or not. */
    public ExtractionSettings withText(boolean include) {
        return new ExtractionSettings(eventsYear, reportYear, include);
    }
}
