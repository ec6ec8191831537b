package org.vigil.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What report to write.
 *
 * @param country ISO 3166 alpha-2 code of the country ("KZ")
 * @param year the year under review
 * @param audience public or internal
 * @param locale the language of the fixed phrases (English or Russian)
 * @param ownOrganisation the id or name of the organisation publishing the report; empty: the author of most sources
 * @param withheldTotals whether the public version may state totals of material it withholds
 * @param minimumWithheld the smallest withheld total that may be stated (smaller ones could identify people)
 * @param estimates estimates to state beside the documented counts
 */
public record ReportRequest(String country, int year, Audience audience, Locale locale,
                            Optional<String> ownOrganisation, boolean withheldTotals, int minimumWithheld,
                            List<ReportEstimate> estimates) {

    /** The locales the fixed phrases exist in. */
    public static final List<String> LANGUAGES = List.of("en", "ru");

    /** Checks the country, year and language. */
    public ReportRequest {
        if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("'" + country + "' is not a country code: use ISO 3166 alpha-2, e.g. KZ");
        }
        country = country.strip().toUpperCase(Locale.ROOT);
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is out of range: give the year under review, e.g. 2012");
        }
        audience = audience == null ? Audience.PUBLIC : audience;
        locale = locale == null ? Locale.ENGLISH : locale;
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw new IllegalArgumentException("language '" + locale.getLanguage()
                    + "' has no report phrases: use en or ru");
        }
        ownOrganisation = ownOrganisation == null ? Optional.empty() : ownOrganisation.filter(s -> !s.isBlank());
        if (minimumWithheld < 1) {
            throw new IllegalArgumentException("the smallest withheld total must be at least 1, got " + minimumWithheld);
        }
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
    }

    /** The settings that decide what a report in this format holds, as the ledger and the provenance note them. */
    public String settings(ReportFormat format) {
        return "country=" + country + " year=" + year + " audience=" + audience.code() + " language="
                + locale.getLanguage() + " format=" + format.extension();
    }

    /** A public English report for a country and year, stating no withheld totals. */
    public static ReportRequest of(String country, int year) {
        return new ReportRequest(country, year, Audience.PUBLIC, Locale.ENGLISH, Optional.empty(), false, 5, List.of());
    }

    /** This request for another audience. */
    public ReportRequest withAudience(Audience a) {
        return new ReportRequest(country, year, a, locale, ownOrganisation, withheldTotals, minimumWithheld, estimates);
    }

    /** This request in another language. */
    public ReportRequest withLocale(Locale l) {
        return new ReportRequest(country, year, audience, l, ownOrganisation, withheldTotals, minimumWithheld, estimates);
    }

    /** This request with withheld totals allowed (or not). */
    public ReportRequest withWithheldTotals(boolean allowed) {
        return new ReportRequest(country, year, audience, locale, ownOrganisation, allowed, minimumWithheld, estimates);
    }

    /** This request with estimates to state. */
    public ReportRequest withEstimates(List<ReportEstimate> list) {
        return new ReportRequest(country, year, audience, locale, ownOrganisation, withheldTotals, minimumWithheld, list);
    }
}
