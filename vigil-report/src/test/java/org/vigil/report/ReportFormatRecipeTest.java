package org.vigil.report;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipe "Add a report format" (docs/extending.md) is complete for every {@link ReportFormat}: the
 * format is read from its name, rendered by {@link CountryReports}, and documented. (That the command reaches
 * every format is checked by ReportCommandTest in vigil-app.)
 */
class ReportFormatRecipeTest {

    // The invented Ertis data set of the other report tests: an event in KZ in 2020 with its counts.
    private static final Dataset SAMPLE = Fixtures.canaries();

    @Test
    void everyFormatIsReadFromItsExtension() {
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(ReportFormat.of(f.extension())).isEqualTo(f);
            assertThat(f.mediaType()).isNotBlank();
        }
    }

    @Test
    void everyFormatRendersTheSampleWithItsStatements() {
        CountryReports reports = new CountryReports();
        for (ReportFormat f : ReportFormat.values()) {
            byte[] bytes = reports.render(SAMPLE, ReportRequest.of("KZ", 2020), f);

            assertThat(Fixtures.text(bytes, f)).as("the sample report as %s", f)
                    .contains("At least 4 people were killed.");
        }
    }

    @Test
    void everyFormatIsDocumentedWithTheCommandThatWritesIt() throws IOException {
        String doc = Files.readString(Path.of("../docs/report.md"));
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(doc).as("docs/report.md shows --format %s", f.extension()).contains("--format " + f.extension());
        }
    }
}
