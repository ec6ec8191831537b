package org.vigil.report.internal.render;

import org.vigil.report.content.CaseBox;
import org.vigil.report.content.Charts;
import org.vigil.report.content.CountryReport;
import org.vigil.report.content.Endnote;
import org.vigil.report.content.Paragraph;
import org.vigil.report.content.Section;
import org.vigil.report.content.Statement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as Markdown (CommonMark with footnotes): headings, paragraphs, case boxes as sub-sections, charts as
 * tables of their data, endnotes as footnotes. Text from the records is escaped so it cannot become markup.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The Markdown text of a report. */
    public static String write(CountryReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(r.title())).append("\n\n");
        md.append(escape(r.subtitle())).append("\n\n");
        md.append('*').append(escape(r.audienceNote())).append("*\n\n");
        md.append("## ").append(escape(r.labels().summary())).append("\n\n");
        md.append(statements(r.summary().statements())).append("\n\n");
        for (Section s : r.sections()) {
            md.append("## ").append(escape(s.title())).append("\n\n");
            for (Paragraph p : s.paragraphs()) {
                p.heading().ifPresent(h -> md.append("### ").append(escape(h)).append("\n\n"));
                md.append(statements(p.statements())).append("\n\n");
            }
        }
        if (!r.cases().isEmpty()) {
            md.append("## ").append(escape(r.labels().cases())).append("\n\n");
            for (CaseBox c : r.cases()) {
                md.append("### ").append(escape(c.name()));
                if (!c.otherNames().isEmpty()) {
                    md.append(" (").append(escape(String.join(", ", c.otherNames()))).append(')');
                }
                md.append("\n\n");
                if (!c.description().isBlank()) {
                    md.append(escape(c.description())).append("\n\n");
                }
                md.append("**").append(escape(r.labels().status())).append(":** ").append(escape(c.status()))
                        .append("\n\n");
                for (Statement t : c.timeline()) {
                    md.append("- ").append(escape(t.text())).append('.').append(notes(t.notes())).append('\n');
                }
                md.append('\n');
            }
        }
        md.append("## ").append(escape(r.labels().figures())).append("\n\n");
        table(md, r.chartTitles().timeline(), r.chartTitles().valueAxis(), r.charts().timeline());
        table(md, r.chartTitles().categories(), r.chartTitles().valueAxis(), r.charts().categories());
        for (var e : r.charts().estimates()) {
            md.append("**").append(escape(r.chartTitles().posterior())).append(": ").append(escape(e.what()))
                    .append("**\n\n");
            md.append("![").append(escape(r.chartTitles().posterior())).append("](data:image/svg+xml;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(
                            org.vigil.report.internal.chart.SvgCharts.posterior(e, r.chartTitles()).getBytes(
                                    java.nio.charset.StandardCharsets.UTF_8)))
                    .append(")\n\n");
        }
        if (!r.endnotes().isEmpty()) {
            md.append("## ").append(escape(r.labels().sources())).append("\n\n");
            for (Endnote n : r.endnotes()) {
                md.append("[^").append(n.number()).append("]: ").append(escape(n.text())).append('\n');
            }
            md.append('\n');
        }
        md.append("---\n\n").append('*').append(escape(r.provenance())).append("*\n");
        return md.toString();
    }

    private static void table(StringBuilder md, String title, String axis, List<Charts.Bar> bars) {
        if (bars.isEmpty()) {
            return;
        }
        md.append("**").append(escape(title)).append("**\n\n");
        md.append("| | ").append(escape(axis)).append(" |\n|---|---:|\n");
        for (Charts.Bar b : bars) {
            md.append("| ").append(escape(b.label())).append(" | ").append(b.value()).append(" |\n");
        }
        md.append('\n');
    }

    private static String statements(List<Statement> statements) {
        return statements.stream().map(s -> escape(s.text()) + notes(s.notes())).collect(Collectors.joining(" "));
    }

    private static String notes(List<Integer> notes) {
        return notes.stream().map(n -> "[^" + n + "]").collect(Collectors.joining());
    }

    /** Escapes the characters that would turn record text into Markdown or HTML markup. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '_', '`', '[', ']', '<', '>', '#', '|', '~' -> s.append('\\').append(c);
                case '\n', '\r' -> s.append(' ');
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
