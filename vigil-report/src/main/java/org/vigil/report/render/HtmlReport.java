package org.vigil.report.render;

import org.vigil.report.ReportEstimate;
import org.vigil.report.content.CaseBox;
import org.vigil.report.content.Charts;
import org.vigil.report.content.CountryReport;
import org.vigil.report.content.Endnote;
import org.vigil.report.content.Paragraph;
import org.vigil.report.content.Section;
import org.vigil.report.content.Statement;
import org.vigil.report.internal.chart.SvgCharts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.vigil.report.internal.chart.SvgCharts.xml;

/**
 * A report as one accessible, printable HTML file (well-formed XHTML, so the PDF renderer reads the same
 * text): landmarks and a heading outline, a contents list, case boxes as asides, charts as inline SVG with a
 * caption and their data in a table, and endnotes linked both ways. No script.
 */
public final class HtmlReport {

    /** Classpath location of the report's style sheet. */
    public static final String STYLESHEET = "/org/vigil/report/report.css";

    private HtmlReport() {
    }

    /** The HTML of a report with its style sheet inline (a file that stands alone). */
    public static String write(CountryReport r) {
        return write(r, Optional.empty());
    }

    /** The HTML of a report, linking to a style sheet at the given address instead of holding it inline. */
    public static String write(CountryReport r, Optional<String> stylesheetHref) {
        return write(r, stylesheetHref, true);
    }

    /**
     * The HTML of a report; without note links the endnote numbers are plain superscripts (for print, where a
     * link per note costs the PDF renderer a walk of the page tree each).
     */
    public static String write(CountryReport r, Optional<String> stylesheetHref, boolean linkNotes) {
        StringBuilder h = new StringBuilder(32_768);
        String lang = r.locale().getLanguage();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"").append(xml(r.provenance())).append("\"/>\n")
                .append("<title>").append(xml(r.title() + " — " + r.subtitle())).append("</title>\n");
        if (stylesheetHref.isPresent()) {
            h.append("<link rel=\"stylesheet\" href=\"").append(xml(stylesheetHref.get())).append("\"/>\n");
        } else {
            h.append("<style>\n").append(stylesheet()).append("</style>\n");
        }
        h.append("</head>\n<body>\n<header>\n<h1>").append(xml(r.title())).append("</h1>\n<p class=\"subtitle\">")
                .append(xml(r.subtitle())).append("</p>\n<p class=\"audience audience-").append(r.audience().code())
                .append("\">").append(xml(r.audienceNote())).append("</p>\n</header>\n");
        contents(h, r);
        h.append("<main>\n<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">")
                .append(xml(r.labels().summary())).append("</h2>\n<p>").append(statements(r.summary().statements(), linkNotes))
                .append("</p>\n</section>\n");
        int n = 0;
        for (Section s : r.sections()) {
            n++;
            h.append("<section id=\"s").append(n).append("\" aria-labelledby=\"s").append(n).append("-h\">\n<h2 id=\"s")
                    .append(n).append("-h\">").append(xml(s.title())).append("</h2>\n");
            // A headed paragraph opens an article; the paragraphs after it belong to it until the next heading.
            boolean inArticle = false;
            for (Paragraph p : s.paragraphs()) {
                if (p.heading().isPresent()) {
                    if (inArticle) {
                        h.append("</article>\n");
                    }
                    h.append("<article>\n<h3>").append(xml(p.heading().get())).append("</h3>\n");
                    inArticle = true;
                }
                h.append("<p>").append(statements(p.statements(), linkNotes)).append("</p>\n");
            }
            if (inArticle) {
                h.append("</article>\n");
            }
            h.append("</section>\n");
        }
        if (!r.cases().isEmpty()) {
            h.append("<section id=\"cases\" aria-labelledby=\"cases-h\">\n<h2 id=\"cases-h\">")
                    .append(xml(r.labels().cases())).append("</h2>\n");
            for (CaseBox c : r.cases()) {
                caseBox(h, c, r.labels(), linkNotes);
            }
            h.append("</section>\n");
        }
        figures(h, r);
        if (!r.endnotes().isEmpty()) {
            h.append("<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">")
                    .append(xml(r.labels().sources())).append("</h2>\n<ol class=\"endnotes\">\n");
            for (Endnote e : r.endnotes()) {
                h.append("<li id=\"note-").append(e.number()).append("\">").append(xml(e.text())).append("</li>\n");
            }
            h.append("</ol>\n</section>\n");
        }
        h.append("</main>\n<footer>\n<p class=\"provenance\">").append(xml(r.provenance()))
                .append("</p>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The style sheet (screen and print). */
    public static String stylesheet() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("the report style sheet " + STYLESHEET + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void contents(StringBuilder h, CountryReport r) {
        h.append("<nav aria-labelledby=\"contents-h\">\n<h2 id=\"contents-h\">").append(xml(r.labels().contents()))
                .append("</h2>\n<ol>\n<li><a href=\"#summary\">").append(xml(r.labels().summary())).append("</a></li>\n");
        int n = 0;
        for (Section s : r.sections()) {
            n++;
            h.append("<li><a href=\"#s").append(n).append("\">").append(xml(s.title())).append("</a></li>\n");
        }
        if (!r.cases().isEmpty()) {
            h.append("<li><a href=\"#cases\">").append(xml(r.labels().cases())).append("</a></li>\n");
        }
        h.append("<li><a href=\"#figures\">").append(xml(r.labels().figures())).append("</a></li>\n");
        if (!r.endnotes().isEmpty()) {
            h.append("<li><a href=\"#sources\">").append(xml(r.labels().sources())).append("</a></li>\n");
        }
        h.append("</ol>\n</nav>\n");
    }

    private static void caseBox(StringBuilder h, CaseBox c, CountryReport.Labels labels, boolean linkNotes) {
        h.append("<aside class=\"case\" aria-label=\"").append(xml(c.name())).append("\">\n<h3>").append(xml(c.name()))
                .append("</h3>\n");
        if (!c.otherNames().isEmpty()) {
            h.append("<p class=\"other-names\">").append(xml(String.join(", ", c.otherNames()))).append("</p>\n");
        }
        if (!c.description().isBlank()) {
            h.append("<p>").append(xml(c.description())).append("</p>\n");
        }
        h.append("<p><strong>").append(xml(labels.status())).append(":</strong> ").append(xml(c.status()))
                .append("</p>\n<ol class=\"timeline\">\n");
        for (Statement t : c.timeline()) {
            h.append("<li>").append(xml(t.text())).append(notes(t.notes(), linkNotes)).append("</li>\n");
        }
        h.append("</ol>\n</aside>\n");
    }

    private static void figures(StringBuilder h, CountryReport r) {
        h.append("<section id=\"figures\" aria-labelledby=\"figures-h\">\n<h2 id=\"figures-h\">")
                .append(xml(r.labels().figures())).append("</h2>\n");
        figure(h, r.chartTitles().timeline(), r.chartTitles().valueAxis(),
                SvgCharts.columns(r.chartTitles().timeline(), r.charts().timeline()), r.charts().timeline());
        if (!r.charts().categories().isEmpty()) {
            figure(h, r.chartTitles().categories(), r.chartTitles().valueAxis(),
                    SvgCharts.rows(r.chartTitles().categories(), r.charts().categories()), r.charts().categories());
        }
        for (ReportEstimate e : r.charts().estimates()) {
            h.append("<figure>\n").append(SvgCharts.posterior(e, r.chartTitles())).append("\n<figcaption>")
                    .append(xml(r.chartTitles().posterior() + ": " + e.what())).append("</figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
    }

    private static void figure(StringBuilder h, String title, String axis, String svg, List<Charts.Bar> bars) {
        h.append("<figure>\n").append(svg).append("\n<figcaption>").append(xml(title)).append("</figcaption>\n")
                .append("<table class=\"chart-data\">\n<caption>").append(xml(title)).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\"></th><th scope=\"col\">").append(xml(axis))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Charts.Bar b : bars) {
            h.append("<tr><th scope=\"row\">").append(xml(b.label())).append("</th><td>").append(b.value())
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</figure>\n");
    }

    private static String statements(List<Statement> statements, boolean linkNotes) {
        StringBuilder s = new StringBuilder();
        for (Statement st : statements) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(xml(st.text())).append(notes(st.notes(), linkNotes));
        }
        return s.toString();
    }

    private static String notes(List<Integer> notes, boolean link) {
        StringBuilder s = new StringBuilder();
        for (int n : notes) {
            s.append("<sup class=\"note\">");
            if (link) {
                s.append("<a href=\"#note-").append(n).append("\">").append(n).append("</a>");
            } else {
                s.append(n);
            }
            s.append("</sup>");
        }
        return s.toString();
    }
}
