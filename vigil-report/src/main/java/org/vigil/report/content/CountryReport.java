package org.vigil.report.content;

import org.vigil.report.Audience;

import java.util.List;
import java.util.Locale;

/**
 * A country entry, ready to be written in any format.
 *
 * @param title the country's name
 * @param subtitle the period and edition
 * @param audienceNote what the audience may do with it
 * @param summary the summary paragraph
 * @param sections thematic sections, gravest first, then the fixed parts
 * @param cases boxes on individuals under monitoring
 * @param charts chart data with their captions' titles
 * @param chartTitles titles of the timeline, categories and posterior charts
 * @param endnotes sources cited (internal version only)
 * @param labels headings of the fixed parts: summary, cases, figures, sources
 * @param provenance how the report was made (version, input hash, settings)
 * @param audience who it is for
 * @param locale its language
 */
public record CountryReport(String title, String subtitle, String audienceNote, Paragraph summary,
                            List<Section> sections, List<CaseBox> cases, Charts charts, ChartTitles chartTitles,
                            List<Endnote> endnotes, Labels labels, String provenance, Audience audience,
                            Locale locale) {

    /** Copies the lists. */
    public CountryReport {
        sections = List.copyOf(sections);
        cases = List.copyOf(cases);
        endnotes = List.copyOf(endnotes);
    }

    /**
     * Chart titles.
     *
     * @param timeline the events-by-month chart
     * @param categories the victims-by-category chart
     * @param posterior the estimate's posterior chart
     * @param valueAxis the label of counts
     */
    public record ChartTitles(String timeline, String categories, String posterior, String valueAxis) {
    }

    /**
     * Headings of the fixed parts.
     *
     * @param summary "Summary"
     * @param cases "Individuals under monitoring"
     * @param figures "Figures"
     * @param sources "Sources"
     * @param status "Status"
     * @param contents "Contents"
     */
    public record Labels(String summary, String cases, String figures, String sources, String status,
                         String contents) {
    }
}
