package org.vigil.app.web.report;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.vigil.core.hash.Sha256;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Confidentiality;
import org.vigil.report.CountryReports;
import org.vigil.report.ReportFormat;
import org.vigil.report.ReportRequest;
import org.vigil.report.content.CountryReport;
import org.vigil.report.render.HtmlReport;
import org.vigil.store.Store;
import org.vigil.store.ledger.Disclosures;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Hands a country entry to the signed-in caller, for the page and the API alike: written from the records
 * they may see, noted in the ledger before it leaves, never cached.
 */
@Component
public class ReportDelivery {

    private final Store store;
    private final Caller caller;
    private final CountryReports reports;

    /** Delivery from the store, labelled with its vocabularies. */
    public ReportDelivery(Store store, Caller caller) {
        this.store = store;
        this.caller = caller;
        this.reports = new CountryReports(store.vocabularies());
    }

    /** Whether the caller's role sees records beyond the public ones (an assignment alone does not make staff). */
    public boolean internalAllowed() {
        return caller.access().levels().stream().anyMatch(level -> level != Confidentiality.PUBLIC);
    }

    /**
     * The entry as a response named like kz-2012-public.md.
     *
     * @param stylesheet for HTML shown in the browser, the address of the style sheet to link instead of
     *                   holding it inline (the content security policy forbids inline styles); empty for a file
     */
    public ResponseEntity<byte[]> deliver(ReportRequest request, ReportFormat format, Optional<String> stylesheet) {
        CountryReport content = reports.content(store.records().dataset(), request, r -> caller.view(r).isPresent());
        byte[] body = format == ReportFormat.HTML
                ? HtmlReport.write(content, stylesheet).getBytes(StandardCharsets.UTF_8)
                : CountryReports.write(content, format);
        // Noted in the ledger before it is handed out: who took which version, and the hash of the bytes.
        new Disclosures(store).record(caller.actor(), "report", request.settings(format), Sha256.hex(body));
        String name = request.country().toLowerCase(Locale.ROOT) + "-" + request.year() + "-"
                + request.audience().code() + "." + format.extension();
        ContentDisposition disposition = format == ReportFormat.HTML && stylesheet.isPresent()
                ? ContentDisposition.inline().filename(name).build()
                : ContentDisposition.attachment().filename(name).build();
        // A report can hold confidential material: no browser or proxy may keep a copy.
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
