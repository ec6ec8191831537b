package org.vigil.report;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Record;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.report.content.CountryReport;
import org.vigil.report.internal.build.ReportBuilder;
import org.vigil.report.internal.render.MarkdownReport;
import org.vigil.report.internal.render.PdfReport;
import org.vigil.report.render.HtmlReport;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/** Writes country entries from the records: the entry point of the library. */
public final class CountryReports {

    private final ReportBuilder builder;

    /** Reports labelled with these vocabularies. */
    public CountryReports(Vocabularies vocabularies) {
        this.builder = new ReportBuilder(vocabularies);
    }

    /** Reports labelled with the built-in vocabularies. */
    public CountryReports() {
        this(Vocabularies.builtIn());
    }

    /**
     * The content of a report, before it is written in a format.
     *
     * @param data every record
     * @param request what report
     * @param readerMaySee for an internal report, the records the reader may see (ignored for public ones)
     */
    public CountryReport content(Dataset data, ReportRequest request, Predicate<Record> readerMaySee) {
        return builder.build(data, request, readerMaySee);
    }

    /** A report written in a format; an internal report shows every record given. */
    public byte[] render(Dataset data, ReportRequest request, ReportFormat format) {
        return render(data, request, format, r -> true);
    }

    /** A report written in a format, for a reader who may see the records the predicate accepts. */
    public byte[] render(Dataset data, ReportRequest request, ReportFormat format, Predicate<Record> readerMaySee) {
        return write(content(data, request, readerMaySee), format);
    }

    /** Writes built content in a format. */
    public static byte[] write(CountryReport report, ReportFormat format) {
        return switch (format) {
            case MARKDOWN -> MarkdownReport.write(report).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlReport.write(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfReport.write(report);
        };
    }
}
