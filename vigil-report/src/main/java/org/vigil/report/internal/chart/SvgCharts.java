package org.vigil.report.internal.chart;

import org.vigil.report.ReportEstimate;
import org.vigil.report.content.Charts;
import org.vigil.report.content.CountryReport;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as self-contained SVG (no script, no external font), so the same picture goes into the
 * HTML page, the PDF and the Markdown file. Each has a title and a description for screen readers.
 */
public final class SvgCharts {

    private static final String INK = "#1f2933";
    private static final String BAR = "#3b6e8f";
    private static final String SHADE = "#c9dbe6";
    private static final String FONT = "font-family=\"Liberation Sans, Arial, sans-serif\"";

    private SvgCharts() {
    }

    /** Vertical bars, one per label (the timeline by month). */
    public static String columns(String title, List<Charts.Bar> bars) {
        int width = 640;
        int height = 220;
        int left = 36;
        int bottom = 30;
        int top = 16;
        long max = Math.max(1, bars.stream().mapToLong(Charts.Bar::value).max().orElse(1));
        double slot = (width - left - 8) / (double) Math.max(1, bars.size());
        StringBuilder svg = open(width, height, title, describe(bars));
        axis(svg, left, top, width - 8, height - bottom, max);
        for (int i = 0; i < bars.size(); i++) {
            Charts.Bar b = bars.get(i);
            double h = (height - bottom - top) * (b.value() / (double) max);
            double x = left + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x, height - bottom - h, slot * 0.7, h, BAR));
            if (b.value() > 0) {
                svg.append(text(x + slot * 0.35, height - bottom - h - 3, "middle", 10, Long.toString(b.value())));
            }
            svg.append(text(x + slot * 0.35, height - bottom + 14, "middle", 10, b.label()));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per label (victims by category). */
    public static String rows(String title, List<Charts.Bar> bars) {
        int width = 640;
        int row = 22;
        // Room for the longest label (about 7 px a character at 11 px, Cyrillic being wider), within reason; longer ones are cut.
        int longest = bars.stream().mapToInt(b -> b.label().length()).max().orElse(10);
        int labelWidth = Math.max(120, Math.min(380, (int) Math.ceil(longest * 7.0) + 12));
        int height = Math.max(40, bars.size() * row + 16);
        long max = Math.max(1, bars.stream().mapToLong(Charts.Bar::value).max().orElse(1));
        StringBuilder svg = open(width, height, title, describe(bars));
        for (int i = 0; i < bars.size(); i++) {
            Charts.Bar b = bars.get(i);
            double y = 8 + i * row;
            double w = (width - labelWidth - 60) * (b.value() / (double) max);
            svg.append(text(labelWidth - 6, y + 14, "end", 11, fitted(b.label(), (labelWidth - 12) / 7.0)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    labelWidth, y + 3, w, row - 6, BAR));
            svg.append(text(labelWidth + w + 4, y + 14, "start", 11, Long.toString(b.value())));
        }
        return svg.append("</svg>").toString();
    }

    /** An estimate's posterior histogram, the interval shaded and the median marked. */
    public static String posterior(ReportEstimate e, CountryReport.ChartTitles titles) {
        int width = 640;
        int height = 220;
        int left = 36;
        int bottom = 30;
        int top = 16;
        ReportEstimate.PosteriorHistogram h = e.posterior().orElseThrow(
                () -> new IllegalArgumentException("estimate of " + e.what() + " has no posterior to draw"));
        List<Double> mass = h.mass();
        double max = mass.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double from = h.start();
        double to = h.start() + h.width() * mass.size();
        double span = Math.max(1e-9, to - from);
        int plot = width - left - 8;
        String desc = String.format(Locale.ROOT, "%s: median %d, %d%% interval %d to %d (%s)", e.what(),
                Math.round(e.median()), Math.round(e.level() * 100), Math.round(e.lower()), Math.round(e.upper()),
                e.method());
        StringBuilder svg = open(width, height, titles.posterior() + ": " + e.what(), desc);
        double x0 = left + plot * (Math.max(from, e.lower()) - from) / span;
        double x1 = left + plot * (Math.min(to, e.upper()) - from) / span;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                x0, top, Math.max(0, x1 - x0), height - bottom - top, SHADE));
        double barWidth = plot / (double) Math.max(1, mass.size());
        for (int i = 0; i < mass.size(); i++) {
            double bh = (height - bottom - top) * (mass.get(i) / Math.max(1e-12, max));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>",
                    left + i * barWidth, height - bottom - bh, Math.max(0.5, barWidth - 0.5), bh, BAR));
        }
        double xm = left + plot * (e.median() - from) / span;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>",
                xm, top, xm, height - bottom, INK));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                left, height - bottom, width - 8, height - bottom, INK));
        svg.append(text(left, height - bottom + 14, "start", 10, Long.toString(Math.round(from))));
        svg.append(text(width - 8, height - bottom + 14, "end", 10, Long.toString(Math.round(to))));
        svg.append(text(xm, top - 4, "middle", 10, Long.toString(Math.round(e.median()))));
        return svg.append("</svg>").toString();
    }

    /** The label, cut with an ellipsis if it is longer than the room (in characters) it has. */
    private static String fitted(String label, double room) {
        int max = (int) Math.floor(room);
        return label.length() <= max ? label : label.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static StringBuilder open(int width, int height, String title, String desc) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\">", width, height, width, height));
        svg.append("<title>").append(xml(title)).append("</title><desc>").append(xml(desc)).append("</desc>");
        return svg;
    }

    private static void axis(StringBuilder svg, int left, int top, int right, int base, long max) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                left, base, right, base, INK));
        svg.append(text(left - 4, top + 4, "end", 10, Long.toString(max)));
        svg.append(text(left - 4, base, "end", 10, "0"));
    }

    private static String text(double x, double y, String anchor, int size, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" %s fill=\"%s\">%s</text>",
                x, y, anchor, size, FONT, INK, xml(content));
    }

    private static String describe(List<Charts.Bar> bars) {
        StringBuilder s = new StringBuilder();
        for (Charts.Bar b : bars) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(b.label()).append(": ").append(b.value());
        }
        return s.toString();
    }

    /** Escapes text for XML content and attribute values. */
    public static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; drop them rather than write an unreadable file.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
