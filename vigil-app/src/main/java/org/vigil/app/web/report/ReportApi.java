package org.vigil.app.web.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.app.web.api.ApiException;
import org.vigil.report.Audience;
import org.vigil.report.ReportFormat;
import org.vigil.report.ReportRequest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /api/v1/reports?country=KZ&year=2012&format=md}: the country entry for scripts, as the file
 * {@code vigil report} would write (public unless {@code audience=internal} and the token's role may see more).
 */
@RestController
public class ReportApi {

    private final ReportDelivery delivery;

    /** The API over the same delivery as the page. */
    public ReportApi(ReportDelivery delivery) {
        this.delivery = delivery;
    }

    /** The entry as a file; a bad parameter is a 400 naming it, an internal entry for a public-only role a 403. */
    @GetMapping("/api/v1/reports")
    public ResponseEntity<byte[]> report(@RequestParam(required = false) String country,
                                         @RequestParam(required = false) String year,
                                         @RequestParam(defaultValue = "public") String audience,
                                         @RequestParam(defaultValue = "en") String language,
                                         @RequestParam(defaultValue = "md") String format) {
        ReportRequest request;
        ReportFormat as;
        try {
            if (country == null || year == null) {
                throw new IllegalArgumentException("give country (ISO 3166 alpha-2, e.g. KZ) and year, "
                        + "e.g. /api/v1/reports?country=KZ&year=2012");
            }
            if (!year.strip().matches("\\d{1,5}")) {
                throw new IllegalArgumentException("year '" + year + "' is not a year: give the year under review, "
                        + "e.g. 2012");
            }
            request = new ReportRequest(country, Integer.parseInt(year.strip()), Audience.of(audience),
                    Locale.forLanguageTag(language), Optional.empty(), false, 5, List.of());
            as = ReportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (request.audience() == Audience.INTERNAL && !delivery.internalAllowed()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "the internal version is for roles that may see "
                    + "non-public records; ask for audience=public");
        }
        return delivery.deliver(request, as, Optional.empty());
    }
}
