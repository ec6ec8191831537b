package org.vigil.report;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.time.PartialDate;
import org.vigil.core.model.Record;
import org.vigil.report.content.CountryReport;
import org.vigil.report.content.Paragraph;
import org.vigil.report.content.Section;
import org.vigil.report.content.Statement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a country entry holds and in what order, on the invented Ertis data set. */
class ReportContentTest {

    private static final Dataset DATA = Fixtures.canaries();
    private final CountryReports reports = new CountryReports();

    @Test
    void sectionsComeGravestFirstAndEachEventIsToldOnce() {
        CountryReport r = reports.content(DATA, ReportRequest.of("KZ", 2020), x -> true);

        List<String> codes = r.sections().stream().map(Section::code).toList();
        // Killing of at least 4 (severity 10 x 4) + torture of one (6) outweighs one unfair trial.
        assertThat(codes).startsWith("excessive_force", "unfair_trial");
        List<String> headings = r.sections().stream().flatMap(s -> s.paragraphs().stream())
                .map(Paragraph::heading).flatMap(Optional::stream).toList();
        assertThat(headings).doesNotHaveDuplicates().contains("Police fire on protesters in Ertis",
                "Trial of Aigul Serikkyzy");
    }

    @Test
    void countsKeepTheirQualifiersAndStepsTheirDates() {
        String md = markdown(ReportRequest.of("KZ", 2020));

        assertThat(md).contains("At least 4 people were killed.")
                .contains("On 12 May 2020, Aigul Serikkyzy was charged with “organising mass unrest” by the Ertis City Police.")
                .contains("On 20 June 2020, Aigul Serikkyzy was sentenced to 4 years.");
    }

    @Test
    void aCaseBoxGivesStatusAndTheTimelineOldestFirst() {
        CountryReport r = reports.content(DATA, ReportRequest.of("KZ", 2020), x -> true);

        assertThat(r.cases()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Aigul Serikkyzy");
            assertThat(c.otherNames()).containsExactly("Айгүл Серікқызы");
            assertThat(c.status()).isEqualTo("Imprisoned");
            assertThat(c.timeline()).extracting(Statement::text).containsExactly(
                    "12 May 2020: charged with “organising mass unrest”",
                    "2 June 2020: arrested (the town police station)",
                    "20 June 2020: sentenced to 4 years");
        });
    }

    @Test
    void aStepKnownOnlyToItsYearTakesItsProceduralPlaceInTheCaseBox() {
        // A trial dated only "2020" is neither first (2020 begins in January) nor last (it is less precise).
        List<Record> records = new ArrayList<>(DATA.all().toList());
        records.add(new Proceeding("prc-aigul-trial", "per-aigul", Optional.of("evt-trial"),
                Optional.of(PartialDate.ofYear(2020)), Optional.empty(), new ProceedingStep.Trial(List.of()),
                Optional.empty(), Confidentiality.PUBLIC, List.of()));
        CountryReport r = reports.content(Dataset.of(records), ReportRequest.of("KZ", 2020), x -> true);

        assertThat(r.cases()).singleElement().satisfies(c -> assertThat(c.timeline()).extracting(Statement::text)
                .containsExactly(
                        "12 May 2020: charged with “organising mass unrest”",
                        "2 June 2020: arrested (the town police station)",
                        "2020: trial opened",
                        "20 June 2020: sentenced to 4 years"));
    }

    @Test
    void onlyTheInternalVersionCitesSourcesAndEveryNoteIsUsed() {
        CountryReport pub = reports.content(DATA, ReportRequest.of("KZ", 2020), x -> true);
        CountryReport internal = reports.content(DATA, ReportRequest.of("KZ", 2020).withAudience(Audience.INTERNAL),
                x -> true);

        assertThat(pub.endnotes()).isEmpty();
        assertThat(statements(pub)).allSatisfy(s -> assertThat(s.notes()).isEmpty());
        assertThat(internal.endnotes()).isNotEmpty();
        assertThat(internal.endnotes().get(0).text()).contains("Invented Monitor", "Public briefing on Ertis");
        List<Integer> cited = statements(internal).stream().flatMap(s -> s.notes().stream()).distinct().toList();
        assertThat(cited).containsExactlyInAnyOrderElementsOf(
                internal.endnotes().stream().map(n -> n.number()).toList());
    }

    @Test
    void recordTextCannotBecomeMarkupInAnyFormat() {
        List<Record> records = new ArrayList<>(DATA.all().toList());
        Event protest = (Event) DATA.find("evt-protest").orElseThrow();
        records.remove(protest);
        records.add(new Event(protest.id(), "<script>alert(1)</script> *bold* [link](javascript:x)",
                Optional.of("</p><img src=x onerror=alert(1)> | # heading"), protest.places(), protest.start(),
                protest.end(), protest.violationCategories(), protest.tallies(), protest.monitoringStatus(),
                protest.confidentiality(), protest.citations()));
        Dataset hostile = Dataset.of(records);

        String html = new String(reports.render(hostile, ReportRequest.of("KZ", 2020), ReportFormat.HTML),
                StandardCharsets.UTF_8);
        String md = new String(reports.render(hostile, ReportRequest.of("KZ", 2020), ReportFormat.MARKDOWN),
                StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // Every '<' of the record text is escaped, so no tag survives; nor do emphasis or link brackets.
        assertThat(md).doesNotContainPattern("(?<!\\\\)<").doesNotContain("*bold*", "[link]")
                .contains("\\<script\\>", "\\*bold\\*", "\\[link\\]");
    }

    @Test
    void theHtmlIsWellFormedAndReadableWithoutSight() throws Exception {
        String html = new String(reports.render(DATA, ReportRequest.of("KZ", 2020).withLocale(java.util.Locale
                .forLanguageTag("ru")), ReportFormat.HTML), StandardCharsets.UTF_8);

        // Well-formed XML (what the PDF renderer reads too); the doctype line is HTML's, not XML's.
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new java.io.StringReader(html.replaceFirst("<!DOCTYPE html>", ""))));
        var root = doc.getDocumentElement();

        assertThat(root.getAttribute("lang")).isEqualTo("ru");
        assertThat(doc.getElementsByTagName("h1").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("main").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("nav").getLength()).isEqualTo(1);
        var svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < svgs.getLength(); i++) {
            var svg = (org.w3c.dom.Element) svgs.item(i);
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength()).isEqualTo(1);
            assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent())
                    .isNotBlank();
        }
        assertThat(doc.getElementsByTagName("figcaption").getLength())
                .isEqualTo(doc.getElementsByTagName("figure").getLength());
        assertThat(html).doesNotContain("<script").doesNotContain(" style=");
    }

    @Test
    void anEstimateIsStatedWithItsIntervalAndMethodInItsSection() {
        ReportEstimate killed = new ReportEstimate("people killed", Optional.of("excessive_force"), "lcmcr", 4, 11,
                6, 25, 0.95, Optional.of(new ReportEstimate.PosteriorHistogram(4, 2, List.of(0.1, 0.4, 0.3, 0.2))),
                "seed=1");
        ReportRequest request = ReportRequest.of("KZ", 2020).withEstimates(List.of(killed));

        CountryReport r = reports.content(DATA, request, x -> true);
        String html = new String(CountryReports.write(r, ReportFormat.HTML), StandardCharsets.UTF_8);

        assertThat(r.sections().get(0).paragraphs()).anySatisfy(p -> assertThat(p.statements())
                .extracting(Statement::text).contains("Estimated number of people killed: 11 (95% interval 6 to 25; "
                        + "method: lcmcr); 4 of them are documented on at least one list."));
        assertThat(html).contains("<figcaption>Estimated total: posterior distribution: people killed</figcaption>");
    }

    private static List<Statement> statements(CountryReport r) {
        List<Statement> all = new ArrayList<>(r.summary().statements());
        r.sections().forEach(s -> s.paragraphs().forEach(p -> all.addAll(p.statements())));
        r.cases().forEach(c -> all.addAll(c.timeline()));
        return all;
    }

    private String markdown(ReportRequest r) {
        return new String(reports.render(DATA, r, ReportFormat.MARKDOWN), StandardCharsets.UTF_8);
    }
}
