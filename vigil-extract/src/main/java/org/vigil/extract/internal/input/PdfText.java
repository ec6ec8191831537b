package org.vigil.extract.internal.input;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vigil.extract.input.UnreadableReportException;

import java.io.IOException;

/**
 * The text of a PDF through Apache PDFBox. Paragraphs that PDFBox detects start on an indented line, the
 * mark layout repair uses to keep side boxes apart from running text; page numbers and running titles are
 * left in and removed by layout repair, which also rejoins sentences that a box or a page break split.
 */
public final class PdfText {

    private PdfText() {
    }

    /** The text of all pages. */
    public static String extract(String name, byte[] bytes) throws UnreadableReportException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart(" ");
            stripper.setPageEnd("\n");
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException(name, name + " is a password-protected PDF: save an unprotected copy first");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableReportException(name, name + " is not a readable PDF (" + oneLine(e.getMessage())
                    + "): check that the file is complete, or save the report as text", e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "damaged file" : message.replaceAll("\\s+", " ").strip();
    }
}
