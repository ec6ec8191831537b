package org.vigil.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.json.DatasetJson;
import org.vigil.core.vocab.Vocabularies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test data sets and a way to read what a rendered report says, whatever its format. */
final class Fixtures {

    private Fixtures() {
    }

    /** An invented data set on Kazakhstan in 2020 with canary strings ("CNRY...") in every field a public report must never show. */
    static Dataset canaries() {
        return read("canaries.json");
    }

    static Dataset read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return DatasetJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource,
                    new DatasetValidator(Vocabularies.builtIn()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a reader gets from a rendered report: the file itself, or for a PDF its extracted text. */
    static String text(byte[] rendered, ReportFormat format) {
        if (format != ReportFormat.PDF) {
            return new String(rendered, StandardCharsets.UTF_8);
        }
        try (PDDocument doc = Loader.loadPDF(rendered)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
