package org.vigil.extract;

import org.junit.jupiter.api.Test;
import org.vigil.core.provenance.InputDigest;
import org.vigil.core.run.Progress;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.json.FactsJson;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Determinism, provenance, progress and cancellation: what a web endpoint relies on. */
class ExtractionContractTest {

    private static final String TEXT = Examples.text("egypt");

    @Test
    void theSameInputAndSettingsGiveTheSameBytes() {
        ReportExtractor a = new ReportExtractor();
        ReportExtractor b = new ReportExtractor();
        ReportDocument doc = ReportDocument.ofText("egypt.txt", TEXT);

        String first = FactsJson.write(a.extract(doc, ExtractionSettings.defaults().withEventsYear(2012)));
        String second = FactsJson.write(b.extract(doc, ExtractionSettings.defaults().withEventsYear(2012)));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void provenanceRecordsMethodSettingsHashAndVersion() {
        ReportDocument doc = ReportDocument.ofText("egypt.txt", TEXT);
        Extraction x = Examples.EXTRACTOR.extract(doc, ExtractionSettings.defaults().withEventsYear(2012));

        assertThat(x.provenance().inputs()).containsExactly(new InputDigest(doc.name(), doc.sha256()));
        assertThat(doc.sha256()).hasSize(64);
        assertThat(x.provenance().settings()).containsEntry("events_year", "2012").containsEntry("report_year", "2013");
        assertThat(x.provenance().method()).startsWith("rules");
        assertThat(x.provenance().vigilVersion()).isNotBlank();
        assertThat(FactsJson.write(x)).contains("\"sha256\" : \"" + doc.sha256() + "\"");
    }

    @Test
    void theTextIsIncludedOnlyWhenAskedFor() {
        ReportDocument doc = ReportDocument.ofText("egypt.txt", TEXT);

        assertThat(Examples.EXTRACTOR.extract(doc, ExtractionSettings.defaults()).text()).isEmpty();
        assertThat(Examples.EXTRACTOR.extract(doc, ExtractionSettings.defaults().withText(true)).text()).contains(TEXT);
    }

    @Test
    void progressIsReportedAndCancellationStopsTheWork() {
        ReportDocument doc = ReportDocument.ofText("egypt.txt", TEXT);
        List<String> stages = new ArrayList<>();

        Examples.EXTRACTOR.extract(doc, ExtractionSettings.defaults(), (stage, done, total) -> stages.add(stage));

        assertThat(stages).contains("layout", "sentences", "facts");
        Progress cancelled = new Progress() {
            @Override
            public void step(String phase, long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> Examples.EXTRACTOR.extract(doc, ExtractionSettings.defaults(), cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aReportTitleSetsTheYearsAndAnExplicitYearWins() {
        String text = "Amnesty International Report 2014\n\nIn May, police detained 40 students in Harare.";

        Extraction inferred = Examples.EXTRACTOR.extract(ReportDocument.ofText("z.txt", text), ExtractionSettings.defaults());
        Extraction given = Examples.readText(text, 2010);

        assertThat(inferred.years().eventsYear()).hasValue(2013);
        assertThat(inferred.facts().datedEvents().get(0).date().isoText()).isEqualTo("2013-05");
        assertThat(given.facts().datedEvents().get(0).date().isoText()).isEqualTo("2010-05");
    }

    @Test
    void withoutAnyYearPhrasesWithoutAYearAreLeftUndated() {
        Extraction x = Examples.EXTRACTOR.extract(ReportDocument.ofText("y.txt", "In May, police detained 40 students."),
                ExtractionSettings.defaults());

        assertThat(x.years().eventsYear()).isEmpty();
        assertThat(x.facts().datedEvents()).isEmpty();
        assertThat(x.facts().counts()).hasSize(1);
    }
}
