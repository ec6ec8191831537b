package org.vigil.app.web.estimate;

import org.vigil.estimate.result.ChainTrace;
import org.vigil.estimate.result.EstimateResult;
import org.vigil.estimate.result.Histogram;
import org.vigil.estimate.result.ListSummary;

import java.util.List;
import java.util.Locale;

/**
 * Small SVG charts drawn on the server (no scripts, so the strict content security policy holds):
 * the posterior histogram, per-chain traces, and observed-versus-estimated bars. Only numbers and
 * escaped list names enter the markup.
 */
public final class Charts {

    private static final int W = 640;
    private static final int H = 220;
    private static final String[] COLOURS = {"#0b4f8a", "#b35806", "#1b7837", "#762a83", "#8c510a", "#01665e"};

    private Charts() {
    }

    /** The posterior distribution of the total as bars, with the interval shaded. */
    public static String histogram(EstimateResult r) {
        if (r.posterior().isEmpty()) {
            return "";
        }
        Histogram h = r.posterior().get().histogram();
        double max = h.mass().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        StringBuilder s = open("Posterior distribution of the total number of victims");
        double barW = (double) (W - 60) / h.mass().size();
        double lo = x(r.estimate().lower(), h), hi = x(r.estimate().upper(), h);
        s.append(rect(lo, 10, Math.max(1, hi - lo), H - 40, "#eef3f8"));
        for (int i = 0; i < h.mass().size(); i++) {
            double height = (H - 40) * h.mass().get(i) / max;
            s.append(rect(50 + i * barW, H - 30 - height, Math.max(1, barW - 1), height, "#0b4f8a"));
        }
        double m = x(r.estimate().median(), h);
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"10\" y2=\"%d\" stroke=\"#b00020\" "
                + "stroke-width=\"2\"/>", m, m, H - 30));
        s.append(axis(h.start(), h.start() + h.width() * h.mass().size()));
        return s.append("</svg>").toString();
    }

    /** The total drawn by each chain, sweep after sweep: chains that agree overlap. */
    public static String traces(EstimateResult r) {
        if (r.posterior().isEmpty() || r.posterior().get().traces().isEmpty()) {
            return "";
        }
        List<ChainTrace> traces = r.posterior().get().traces();
        long min = traces.stream().flatMap(t -> t.values().stream()).mapToLong(Long::longValue).min().orElse(0);
        long max = traces.stream().flatMap(t -> t.values().stream()).mapToLong(Long::longValue).max().orElse(1);
        StringBuilder s = open("Draws of the total by chain");
        for (ChainTrace t : traces) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < t.values().size(); i++) {
                double x = 50 + (W - 60) * (double) i / Math.max(1, t.values().size() - 1);
                double y = H - 30 - (H - 40) * (double) (t.values().get(i) - min) / Math.max(1, max - min);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"1\" stroke=\"").append(COLOURS[t.chain() % COLOURS.length])
                    .append("\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        s.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"16\" font-size=\"11\">%d</text>"
                + "<text x=\"4\" y=\"%d\" font-size=\"11\">%d</text>", max, H - 30, min));
        return s.append("</svg>").toString();
    }

    /** Each list's observed count beside the estimated total. */
    public static String observedVersusEstimated(EstimateResult r) {
        List<ListSummary> lists = r.lists();
        double total = r.estimate().median();
        double max = Math.max(total, lists.stream().mapToDouble(ListSummary::observed).max().orElse(1));
        int rows = lists.size() + 2;
        int rowH = 24;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Observed on each list and estimated total\">",
                W, rows * rowH + 10));
        int y = 5;
        for (ListSummary l : lists) {
            s.append(bar(y, escape(l.name()), l.observed(), max, "#0b4f8a"));
            y += rowH;
        }
        s.append(bar(y, "all lists", r.observed(), max, "#1b7837"));
        y += rowH;
        s.append(bar(y, "estimated", Math.round(total), max, "#b35806"));
        return s.append("</svg>").toString();
    }

    private static String bar(int y, String label, long value, double max, String colour) {
        double w = (W - 220) * value / max;
        return String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>%s"
                + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%,d</text>", y + 15, label,
                rect(130, y + 3, Math.max(1, w), 16, colour), 135 + w, y + 15, value);
    }

    private static StringBuilder open(String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", W, H, escape(title)));
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, w, h, fill);
    }

    private static double x(double value, Histogram h) {
        double span = h.width() * h.mass().size();
        return 50 + (W - 60) * Math.max(0, Math.min(1, (value - h.start()) / span));
    }

    private static String axis(double from, double to) {
        return String.format(Locale.ROOT, "<text x=\"50\" y=\"%d\" font-size=\"11\">%,.0f</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%,.0f</text>", H - 12, from, W - 10,
                H - 12, to);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
