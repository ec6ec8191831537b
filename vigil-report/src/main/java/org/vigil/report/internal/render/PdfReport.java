package org.vigil.report.internal.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.vigil.report.content.CountryReport;
import org.vigil.report.render.HtmlReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A report as PDF: the HTML version laid out by openhtmltopdf, with Liberation Sans embedded (it has Cyrillic;
 * without an embedded font every Cyrillic letter would print as '#') and the charts drawn from their SVG.
 * The renderer may fetch nothing from outside: no external resources, no script in SVG.
 */
public final class PdfReport {

    /** The font family the style sheet names; PDFBox ships the file (SIL Open Font License). */
    public static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    // openhtmltopdf logs every render at INFO ("Prepare to fly"); a command's output should hold only what the
    // user needs, so it keeps warnings. PDFBox warns once per render that it substitutes the standard Symbol
    // font, which openhtmltopdf registers but a report never uses; the logger is held so the level sticks.
    private static final java.util.logging.Logger SYMBOL_FALLBACK =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
        SYMBOL_FALLBACK.setLevel(java.util.logging.Level.SEVERE);
    }

    private PdfReport() {
    }

    /** The PDF bytes of a report. */
    public static byte[] write(CountryReport report) {
        // The HTML is well-formed XHTML (tested), so the renderer's own XML parser reads it directly.
        String html = HtmlReport.write(report, Optional.empty(), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // The renderer's notes go to this consumer rather than the log; only an error stops the report.
            builder.withDiagnosticConsumer(d -> {
                if (d.getLevel() == java.util.logging.Level.SEVERE && d.hasError()) {
                    throw new IllegalStateException("the PDF of the report could not be laid out: "
                            + d.getFormattedMessage(), d.getError());
                }
            });
            builder.useFont(PdfReport::font, FONT_FAMILY);
            builder.useSVGDrawer(svg);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(html, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of the report could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return new java.io.ByteArrayInputStream(FontBytes.UNSHAPED);
    }

    /** The font file, read once. */
    private static final class FontBytes {
        static final byte[] UNSHAPED = read();

        private static byte[] read() {
            try (InputStream in = PdfReport.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + FONT_RESOURCE
                            + " is missing: PDFBox must be on the class path");
                }
                return UnshapedFont.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
