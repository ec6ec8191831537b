package org.vigil.extract;

import org.vigil.extract.input.ReportDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the example entries of src/test/resources/examples and reads them with a fixed events year. */
final class Examples {

    static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private Examples() {
    }

    static String text(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("example " + name + " is missing from src/test/resources/examples");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Extraction read(String name, int eventsYear) {
        return EXTRACTOR.extract(ReportDocument.ofText(name + ".txt", text(name)),
                ExtractionSettings.defaults().withEventsYear(eventsYear));
    }

    static Extraction readText(String text, int eventsYear) {
        return EXTRACTOR.extract(ReportDocument.ofText("inline.txt", text),
                ExtractionSettings.defaults().withEventsYear(eventsYear));
    }
}
