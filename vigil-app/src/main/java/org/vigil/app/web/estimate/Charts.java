package org.vigil.app.web.estimate;

import org.vigil.estimate.result.ChainTrace;
import org.vigil.estimate.result.EstimateResult;
import org.vigil.estimate.result.Histogram;
import org.vigil.estimate.result.ListSummary;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Small SVG charts drawn on the server (no scripts, so the strict content security policy holds):
 * the posterior histogram, per-chain traces, and observed-versus-estimated bars, each with axis titles
 * and a legend. Only numbers and escaped text enter the markup.
 */
public final class Charts {

    private static final int W = 640;
    private static final int H = 260;
    /** The plotting area: left and right edges, top and bottom. */
    private static final int LEFT = 64;
    private static final int RIGHT = W - 16;
    private static final int TOP = 34;
    private static final int BOTTOM = H - 46;
    private static final String[] COLOURS = {"#0b4f8a", "#b35806", "#1b7837", "#762a83", "#8c510a", "#01665e"};
    private static final String INTERVAL = "#dbe6f1";
    private static final String MEDIAN = "#b00020";

    private Charts() {
    }

    /** The colour of a chain (numbered from 1, as {@link ChainTrace#chain()}), as in the traces' legend. */
    static String colour(int chain) {
        return COLOURS[(chain - 1) % COLOURS.length];
    }

    /** The posterior distribution of the total as bars, with the interval shaded and the median marked. */
    public static String histogram(EstimateResult r) {
        if (r.posterior().isEmpty()) {
            return "";
        }
        Histogram h = r.posterior().get().histogram();
        double max = h.mass().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        StringBuilder s = open("Posterior distribution of the total number of victims", H);
        double barW = (double) (RIGHT - LEFT) / h.mass().size();
        double lo = x(r.estimate().lower(), h);
        double hi = x(r.estimate().upper(), h);
        s.append(rect(lo, TOP, Math.max(1, hi - lo), BOTTOM - TOP, INTERVAL));
        for (int i = 0; i < h.mass().size(); i++) {
            double height = (BOTTOM - TOP) * h.mass().get(i) / max;
            s.append(rect(LEFT + i * barW, BOTTOM - height, Math.max(1, barW - 1), height, COLOURS[0]));
        }
        double m = x(r.estimate().median(), h);
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-width=\"2\"/>", m, m, TOP, BOTTOM, MEDIAN));
        s.append(frame());
        s.append(xTicks(h.start(), h.start() + h.width() * h.mass().size()));
        s.append(xTitle("Total number of victims")).append(yTitle("Share of draws"));
        s.append(legendBox(LEFT, INTERVAL, percent(r) + " interval: " + whole(r.estimate().lower()) + " to "
                + whole(r.estimate().upper())));
        s.append(legendLine(LEFT + 300, MEDIAN, "median: " + whole(r.estimate().median())));
        return s.append("</svg>").toString();
    }

    /** The total drawn by each chain, draw after draw: chains that agree overlap. */
    public static String traces(EstimateResult r) {
        if (r.posterior().isEmpty() || r.posterior().get().traces().isEmpty()) {
            return "";
        }
        List<ChainTrace> traces = r.posterior().get().traces();
        long min = traces.stream().flatMap(t -> t.values().stream()).mapToLong(Long::longValue).min().orElse(0);
        long max = traces.stream().flatMap(t -> t.values().stream()).mapToLong(Long::longValue).max().orElse(1);
        StringBuilder s = open("Draws of the total by chain", H);
        int longest = 0;
        for (ChainTrace t : traces) {
            longest = Math.max(longest, t.values().size());
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < t.values().size(); i++) {
                double x = LEFT + (RIGHT - LEFT) * (double) i / Math.max(1, t.values().size() - 1);
                double y = BOTTOM - (BOTTOM - TOP) * (double) (t.values().get(i) - min) / Math.max(1, max - min);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"1\" stroke=\"").append(colour(t.chain()))
                    .append("\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        s.append(frame());
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>", LEFT - 4, TOP + 10,
                whole(max), LEFT - 4, BOTTOM, whole(min)));
        s.append(xTicks(1, longest));
        s.append(xTitle("Draw, in the order each chain made them")).append(yTitle("Total"));
        for (int c = 0; c < traces.size(); c++) {
            s.append(legendLine(LEFT + c * 90, colour(traces.get(c).chain()), "Chain " + traces.get(c).chain()));
        }
        return s.append("</svg>").toString();
    }

    /**
     * Each list's observed count beside the estimated total with its interval; {@code label} names a list
     * for people (a source's title).
     */
    public static String observedVersusEstimated(EstimateResult r, UnaryOperator<String> label) {
        List<ListSummary> lists = r.lists();
        double total = r.estimate().median();
        double max = Math.max(Math.max(total, r.estimate().upper()),
                lists.stream().mapToDouble(ListSummary::observed).max().orElse(1));
        int rowH = 26;
        int height = (lists.size() + 2) * rowH + 56;
        StringBuilder s = open("People observed on each list and the estimated total", height);
        int y = 8;
        for (ListSummary l : lists) {
            s.append(bar(y, label.apply(l.name()), l.observed(), max, COLOURS[0], "", 0));
            y += rowH;
        }
        s.append(bar(y, "On any list", r.observed(), max, COLOURS[2], "", 0));
        y += rowH;
        String interval = " (" + whole(r.estimate().lower()) + " to " + whole(r.estimate().upper()) + ")";
        double x0 = BAR_LEFT + BAR_WIDTH * r.estimate().lower() / max;
        double x1 = BAR_LEFT + BAR_WIDTH * r.estimate().upper() / max;
        s.append(bar(y, "Estimated total", Math.round(total), max, COLOURS[1], interval, x1 - BAR_LEFT));
        double mid = y + 11;
        s.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f\" stroke=\"#1b1b1b\" "
                + "stroke-width=\"1.5\" fill=\"none\"/>", x0, mid, x1, x0, mid - 6, mid + 6, x1, mid - 6, mid + 6));
        y += rowH + 14;
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">People"
                + "</text>", BAR_LEFT + BAR_WIDTH / 2, y));
        y += 18;
        s.append(legendBox(0, y - 16, COLOURS[0], "named by a list"))
                .append(legendBox(150, y - 16, COLOURS[2], "on at least one list"))
                .append(legendBox(320, y - 16, COLOURS[1], "estimated; black line: " + percent(r) + " interval"));
        return s.append("</svg>").toString();
    }

    private static final int BAR_LEFT = 190;
    private static final int BAR_WIDTH = W - BAR_LEFT - 170;

    /** A labelled bar; its number is written after the bar, or after {@code textFrom} when that is further. */
    private static String bar(int y, String label, long value, double max, String colour, String suffix,
                              double textFrom) {
        double w = BAR_WIDTH * value / max;
        String shown = label.length() > 28 ? label.substring(0, 27).strip() + "…" : label;
        return String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\"><title>%s</title>%s</text>%s"
                + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s%s</text>", y + 15, escape(label), escape(shown),
                rect(BAR_LEFT, y + 3, Math.max(1, w), 16, colour), BAR_LEFT + Math.max(w, textFrom) + 6, y + 15,
                whole(value), escape(suffix));
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>", W, height, escape(title),
                escape(title)));
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, w, h, fill);
    }

    private static String frame() {
        return String.format(Locale.ROOT, "<path d=\"M%d %dV%dH%d\" stroke=\"#505050\" fill=\"none\"/>", LEFT, TOP,
                BOTTOM, RIGHT);
    }

    private static double x(double value, Histogram h) {
        double span = h.width() * h.mass().size();
        return LEFT + (RIGHT - LEFT) * Math.max(0, Math.min(1, (value - h.start()) / span));
    }

    private static String xTicks(double from, double to) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>", LEFT, BOTTOM + 14,
                whole(from), RIGHT, BOTTOM + 14, whole(to));
    }

    private static String xTitle(String title) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
                (LEFT + RIGHT) / 2, H - 12, escape(title));
    }

    private static String yTitle(String title) {
        return String.format(Locale.ROOT, "<text transform=\"translate(14 %d) rotate(-90)\" font-size=\"12\" "
                + "text-anchor=\"middle\">%s</text>", (TOP + BOTTOM) / 2, escape(title));
    }

    private static String legendBox(int x, String fill, String text) {
        return legendBox(x, 8, fill, text);
    }

    private static String legendBox(int x, int y, String fill, String text) {
        return rect(x, y, 14, 12, fill) + String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", x + 19, y + 11, escape(text));
    }

    private static String legendLine(int x, String stroke, String text) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"14\" y2=\"14\" stroke=\"%s\" stroke-width=\"3\"/>"
                + "<text x=\"%d\" y=\"19\" font-size=\"12\">%s</text>", x, x + 16, stroke, x + 21, escape(text));
    }

    private static String percent(EstimateResult r) {
        return Math.round(r.estimate().level() * 100) + "%";
    }

    private static String whole(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
